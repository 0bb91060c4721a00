import type { MessageKey } from '../../../../platform/i18n/catalog.ts';
import { parseUserDate, userDateOf } from '../../../people/people.service.ts';
import { CHALLENGE_OUTCOMES } from '../../classification.tables.ts';

/**
 * The two challenge forms: recording the person's challenge (`receivedOn`, `grounds`, in their words) and
 * answering it (`response`, `outcome` and the hidden `rowVersion`, one form per challenge).
 */

type Body = Record<string, unknown>;
type Outcome = (typeof CHALLENGE_OUTCOMES)[number];
export type ChallengeForm = { receivedOn: string; grounds: string };
export type ResponseForm = { challengeId: string; response: string; outcome: string; rowVersion: number };
export type FormProblem = { field: string; key: MessageKey };

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export const challengeFormOf = (body: Body): ChallengeForm => ({ receivedOn: text(body.receivedOn), grounds: text(body.grounds) });

/** The day it was received is usually today. */
export const emptyChallengeForm = (today: string): ChallengeForm => ({ receivedOn: userDateOf(today), grounds: '' });

/** A challenge needs its grounds and the day it was received, which cannot be later than today. */
export function challengeInputOf(
  form: ChallengeForm,
  today: string,
): { input: { receivedOn: string; grounds: string } | null; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const receivedOn = parseUserDate(form.receivedOn);
  if (receivedOn === null) problems.push({ field: 'receivedOn', key: 'assessments.challenge.receivedOnInvalid' });
  else if (receivedOn > today) problems.push({ field: 'receivedOn', key: 'assessments.challenge.receivedInFuture' });
  if (form.grounds.trim() === '') problems.push({ field: 'grounds', key: 'assessments.challenge.groundsRequired' });
  if (receivedOn === null || problems.length > 0) return { input: null, problems };
  return { input: { receivedOn, grounds: form.grounds.trim() }, problems };
}

export function responseFormOf(body: Body, challengeId: string): ResponseForm {
  const version = Number(text(body.rowVersion));
  return {
    challengeId,
    response: text(body.response),
    outcome: text(body.outcome),
    rowVersion: Number.isInteger(version) && version > 0 ? version : 0,
  };
}

/** A response needs its words and one of the outcomes; the field ids carry the challenge's id (many on a page). */
export function responseInputOf(form: ResponseForm): {
  input: { response: string; outcome: Outcome; rowVersion: number } | null;
  problems: FormProblem[];
} {
  const problems: FormProblem[] = [];
  if (form.response.trim() === '') problems.push({ field: `response-${form.challengeId}`, key: 'assessments.challenge.responseRequired' });
  const outcome = (CHALLENGE_OUTCOMES as readonly string[]).includes(form.outcome) ? (form.outcome as Outcome) : null;
  if (outcome === null) problems.push({ field: `outcome-${form.challengeId}`, key: 'assessments.challenge.outcomeRequired' });
  if (outcome === null || problems.length > 0) return { input: null, problems };
  return { input: { response: form.response.trim(), outcome, rowVersion: form.rowVersion }, problems };
}
