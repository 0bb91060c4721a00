import type { Executor } from '../db/pool.ts';

/**
 * The end of a person's place on a programme, which the module that enrolled them from a plan action records
 * back on the plan. The programmes module emits; the plans module subscribes at start-up. Subscribers run in
 * the emitter's transaction, so the outcome and everything it updates commit together or not at all.
 */
export type EnrolmentOutcomeEvent = {
  enrolmentId: string;
  personId: string;
  programmeCode: string;
  outcome: 'completed' | 'not_completed';
  /** Why a place ended without completion (the facilitator's words); null on completion. */
  reason: string | null;
  userId: string;
  /** Today in Bishkek, yyyy-mm-dd. */
  today: string;
};

type Subscriber = (tx: Executor, event: EnrolmentOutcomeEvent) => Promise<void>;
const subscribers = new Map<string, Subscriber>();

/** Subscribes under a name, so that registering the same module twice (tests build many apps) keeps one. */
export function onEnrolmentOutcome(name: string, subscriber: Subscriber): void {
  subscribers.set(name, subscriber);
}

export async function emitEnrolmentOutcome(tx: Executor, event: EnrolmentOutcomeEvent): Promise<void> {
  for (const subscriber of subscribers.values()) await subscriber(tx, event);
}
