import type { Logger } from 'pino';
import type { Database } from '../../platform/db/pool.ts';
import { todayInBishkek } from '../people/people.service.ts';
import { openDuePlans } from './release.plans.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export type ReleasePass = { stop: () => Promise<void> };

/**
 * How plans open for people whose release date simply comes nearer (no event marks that day): a pass when
 * the server is ready, then one a day. A plain timer like audit sealing: runs never overlap, a failed run is
 * logged and retried the next day, and two servers running it at once open nothing twice (one open plan per
 * person is a unique index). A sentence change opens the plan at once, without waiting for the pass.
 */
export function startReleasePass(options: { db: Database; logger: Pick<Logger, 'warn' | 'info'> }): ReleasePass {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const run = async () => {
    try {
      const opened = await openDuePlans(options.db, todayInBishkek());
      if (opened > 0) options.logger.info({ opened }, 'pre-release plans opened');
    } catch (error) {
      options.logger.warn({ err: { message: (error as Error).message } }, 'pre-release pass failed; retrying tomorrow');
    }
  };
  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = run().then(() => schedule(DAY_MS));
    }, delay);
    timer.unref();
  };
  schedule(0);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
