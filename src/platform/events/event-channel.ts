import type { Executor } from '../db/pool.ts';

export type EventSubscriber<T> = (tx: Executor, event: T) => Promise<void>;

/**
 * One kind of event between modules: the module that records a change emits it, the modules that care
 * subscribe at start-up. Subscribers run in the emitter's transaction, in the order they subscribed, so the
 * change and everything it triggers commit together or not at all. A subscriber is kept under a name, so a
 * module registered twice (tests build many apps in one process) still runs once.
 */
export function eventChannel<T>() {
  const subscribers = new Map<string, EventSubscriber<T>>();
  const subscribe = (name: string, subscriber: EventSubscriber<T>): void => {
    subscribers.set(name, subscriber);
  };
  const emit = async (tx: Executor, event: T): Promise<void> => {
    for (const subscriber of subscribers.values()) await subscriber(tx, event);
  };
  return { subscribe, emit };
}
