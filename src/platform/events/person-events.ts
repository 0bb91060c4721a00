import { eventChannel } from './event-channel.ts';

/**
 * Changes in a person's circumstances that other modules act on inside the same transaction — e.g. a transfer
 * or a sentence change brings risk-assessment reviews forward. The module that records the change emits the
 * event; modules that care subscribe at start-up. Subscribers run in the emitter's transaction, so the change
 * and everything it triggers commit together or not at all.
 */
export type PersonEvent = {
  kind: 'transfer' | 'sentence_change' | 'release' | 'concern_report';
  personId: string;
  userId: string | null;
  /** Today in Bishkek, yyyy-mm-dd. */
  today: string;
};

const channel = eventChannel<PersonEvent>();

/** Subscribes under a name, so that registering the same module twice (tests build many apps) keeps one. */
export const onPersonEvent = channel.subscribe;
export const emitPersonEvent = channel.emit;
