import type { Logger } from 'pino';
import type { Database } from '../db/pool.ts';
import { SealingBusy, sealPendingEvents } from './audit.sealing.ts';

const BUSY_RETRIES = 5;
const BUSY_PAUSE_MS = 50;

export type SealingJob = { stop: () => Promise<void> };

/**
 * Seals new audit events every `intervalMs` in the server process. A plain timer, not pg-boss (ADR 0002): each
 * run is scheduled after the previous one ends, so runs never overlap, and several nodes are kept apart by the
 * sealer's advisory lock. A failed run (database down, lock timeout) is logged and retried on the next tick;
 * it never crashes the process. `stop` cancels the next run and waits for one in progress.
 */
export function startAuditSealing(options: { db: Database; intervalMs: number; logger: Pick<Logger, 'warn' | 'debug'> }): SealingJob {
  const { db, intervalMs, logger } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const run = async () => {
    // Busy (audit writes in flight at that instant) is normal under load: a few quick retries, then the next tick.
    for (let attempt = 1; attempt <= BUSY_RETRIES && !stopped; attempt += 1) {
      try {
        const sealed = await sealPendingEvents(db, { nowait: true });
        if (sealed > 0) logger.debug({ sealed }, 'audit events sealed');
        return;
      } catch (error) {
        if (!(error instanceof SealingBusy)) {
          logger.warn({ err: { message: (error as Error).message } }, 'audit sealing failed; retrying on the next run');
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, BUSY_PAUSE_MS));
      }
    }
    logger.debug('audit sealing postponed: audit events were being written at every attempt');
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = run().then(schedule);
    }, intervalMs);
    // The timer alone never keeps the process alive: shutdown decides when to stop.
    timer.unref();
  };

  schedule();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
