import type { Executor } from '../db/pool.ts';

/**
 * Changes in a person's circumstances that other modules act on inside the same transaction — e.g. a transfer
 * or a sentence change brings risk-assessment reviews forward. The module that records the change emits the
 * event; modules that care subscribe at start-up. Subscribers run in the emitter's transaction, so the change
 * and everything it triggers commit together or not at all.
 */
export type PersonEvent = {
  kind: 'transfer' | 'sentence_change' | 'concern_report';
  personId: string;
  userId: string | null;
  /** Today in Bishkek, yyyy-mm-dd. */
  today: string;
};

type Subscriber = (tx: Executor, event: PersonEvent) => Promise<void>;
const subscribers = new Map<string, Subscriber>();

/** Subscribes under a name, so that registering the same module twice (tests build many apps) keeps one. */
export function onPersonEvent(name: string, subscriber: Subscriber): void {
  subscribers.set(name, subscriber);
}

export async function emitPersonEvent(tx: Executor, event: PersonEvent): Promise<void> {
  for (const subscriber of subscribers.values()) await subscriber(tx, event);
}
