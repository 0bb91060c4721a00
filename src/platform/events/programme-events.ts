import { eventChannel } from './event-channel.ts';

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

const channel = eventChannel<EnrolmentOutcomeEvent>();

/** Subscribes under a name, so that registering the same module twice (tests build many apps) keeps one. */
export const onEnrolmentOutcome = channel.subscribe;
export const emitEnrolmentOutcome = channel.emit;

/**
 * A person moved up from a group's waiting list into a free place (a place freed by a non-completion, or
 * places added): the plan action that asked for the place is now under way.
 */
export type PlaceMovedUpEvent = {
  enrolmentId: string;
  personId: string;
  /** Whose change freed or added the place. */
  userId: string;
  /** Today in Bishkek, yyyy-mm-dd. */
  today: string;
};

const movedUpChannel = eventChannel<PlaceMovedUpEvent>();

export const onPlaceMovedUp = movedUpChannel.subscribe;
export const emitPlaceMovedUp = movedUpChannel.emit;
