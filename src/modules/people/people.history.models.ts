import type { CUSTODY_EVENT_KINDS, LEGAL_STATUSES } from './people.tables.ts';

export type LegalStatus = (typeof LEGAL_STATUSES)[number];
export type CustodyKind = (typeof CUSTODY_EVENT_KINDS)[number];

/** The unit kinds a person can be held in; admissions and transfers offer only these. */
export const CUSTODY_UNIT_KINDS = ['colony', 'colony_settlement', 'pretrial_centre', 'prison_hospital'] as const;

/** A custody movement as the rules need it, in the order it was recorded. */
export type Movement = { kind: CustodyKind; occurredOn: string; facilityId: string | null; remand: boolean };
export type Episode = { officeId: string; startedOn: string; endedOn: string | null };

/** Why a movement or an episode is refused: the field it concerns and the message key to show. */
export type HistoryRuleError = {
  field: string;
  key:
    | 'notInCustody'
    | 'alreadyInCustody'
    | 'beforeLastMovement'
    | 'inFuture'
    | 'sameFacility'
    | 'releaseBeforeStart'
    | 'releaseBeforeAdmission'
    | 'endBeforeStart'
    | 'openEpisode';
};

/** Where the custody story stands after its last movement. */
export function custodyState(movements: readonly Movement[]) {
  let inCustody = false;
  let facilityId: string | null = null;
  let remand = false;
  for (const movement of movements) {
    if (movement.kind === 'release') {
      inCustody = false;
      facilityId = null;
    } else {
      inCustody = true;
      facilityId = movement.facilityId;
      remand = movement.remand;
    }
  }
  return { inCustody, facilityId, remand, lastOn: movements.at(-1)?.occurredOn ?? null };
}

/**
 * A new movement must follow the story: an admission only when not held, a transfer or release only when
 * held, never dated before the last movement (a release before its admission is exactly that) nor after today.
 */
export function movementError(movements: readonly Movement[], next: Movement, today: string): HistoryRuleError | null {
  const state = custodyState(movements);
  if (next.kind === 'admission' && state.inCustody) return { field: 'facility', key: 'alreadyInCustody' };
  if (next.kind !== 'admission' && !state.inCustody) return { field: 'occurredOn', key: 'notInCustody' };
  if (next.kind === 'transfer' && next.facilityId === state.facilityId) return { field: 'facility', key: 'sameFacility' };
  if (next.occurredOn > today) return { field: 'occurredOn', key: 'inFuture' };
  if (state.lastOn && next.occurredOn < state.lastOn) return { field: 'occurredOn', key: 'beforeLastMovement' };
  return null;
}

/**
 * A sentence cannot end before it starts, nor before the person was admitted to the custody they are in (the
 * release date drives the pre-release plan and the handover); dates of a verdict or a start cannot lie ahead.
 */
export function caseDatesError(
  input: { verdictOn: string | null; startOn: string | null; releaseOn: string | null },
  today: string,
  admittedOn: string | null = null,
) {
  if (input.verdictOn && input.verdictOn > today) return { field: 'verdictOn', key: 'inFuture' } as const;
  if (input.startOn && input.releaseOn && input.releaseOn < input.startOn)
    return { field: 'releaseOn', key: 'releaseBeforeStart' } as const;
  if (admittedOn && input.releaseOn && input.releaseOn < admittedOn) return { field: 'releaseOn', key: 'releaseBeforeAdmission' } as const;
  return null;
}

/** The day the person was admitted to the custody they are in now, or null when not held. */
export function currentAdmissionOn(movements: readonly Movement[]): string | null {
  let admittedOn: string | null = null;
  for (const movement of movements) {
    if (movement.kind === 'admission') admittedOn = movement.occurredOn;
    if (movement.kind === 'release') admittedOn = null;
  }
  return admittedOn;
}

/** A probation episode ends on or after its start; it cannot start or end in the future. */
export function episodeDatesError(input: { startedOn: string; endedOn: string | null }, today: string): HistoryRuleError | null {
  if (input.startedOn > today) return { field: 'startedOn', key: 'inFuture' };
  if (input.endedOn && input.endedOn < input.startedOn) return { field: 'endedOn', key: 'endBeforeStart' };
  if (input.endedOn && input.endedOn > today) return { field: 'endedOn', key: 'inFuture' };
  return null;
}

/**
 * The person's status and unit from their history: held → remand or convicted, at the facility; otherwise an
 * open probation episode → probation, at its office; otherwise released if there is any past custody or
 * probation. With no history at all nothing is derived, so a status recorded on registration stays.
 */
export function currentStatus(
  movements: readonly Movement[],
  episodes: readonly Episode[],
  today: string,
): { legalStatus: LegalStatus; unitId: string | null } | null {
  const custody = custodyState(movements);
  if (custody.inCustody) return { legalStatus: custody.remand ? 'remand' : 'convicted', unitId: custody.facilityId };
  const open = episodes
    .filter((episode) => episode.startedOn <= today && (episode.endedOn === null || episode.endedOn > today))
    .sort((a, b) => (a.startedOn < b.startedOn ? 1 : -1))[0];
  if (open) return { legalStatus: 'probation', unitId: open.officeId };
  if (movements.length > 0 || episodes.length > 0) return { legalStatus: 'released', unitId: null };
  return null;
}

/** "122, 315-1 ;205" → ['122', '205', '315-1']: what staff type, as the distinct article numbers, sorted. */
export function parseArticleCodes(text: string): string[] {
  const codes = text
    .split(/[\s,;]+/)
    .map((code) => code.trim().replace(/^(ст\.?|art\.?)/i, ''))
    .filter(Boolean);
  return [...new Set(codes)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
