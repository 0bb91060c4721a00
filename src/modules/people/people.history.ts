import type { Database } from '../../platform/db/pool.ts';
import type { PeopleActor } from './people.access.ts';
import {
  type CaseInput,
  type EpisodeInput,
  type MovementInput,
  prepareCase,
  prepareEpisode,
  prepareEpisodeEnd,
  prepareMovement,
} from './people.history.prepare.ts';
import { changeHistory, newRecordId } from './people.history.writes.ts';

export type { CaseInput, EpisodeInput, MovementInput } from './people.history.prepare.ts';
export { type FieldProblem, HistoryRefused } from './people.history.writes.ts';
export {
  caseOf,
  criminalCode,
  episodeOf,
  historyOf,
  movementsOf,
  orgUnitByCode,
  unitById,
  unitsOfKinds,
} from './people.history.queries.ts';
export type { CriminalCodeArticle, History } from './people.history.queries.ts';

/**
 * The legal and custody history of a person: cases and sentences, custody movements and probation episodes.
 * Each change is checked against the history, audited with its field changes, and brings the person's legal
 * status and unit up to date in the same transaction. Each answers the person's unit afterwards and whether the
 * user can still see them (a transfer to a facility outside their units moves the record away from them).
 */
export const addCase = (db: Database, actor: PeopleActor, personId: string, input: CaseInput) =>
  changeHistory(db, actor, personId, 'person.case.create', prepareCase(newRecordId(), input, null));

export const updateCase = (db: Database, actor: PeopleActor, personId: string, caseId: string, version: number, input: CaseInput) =>
  changeHistory(db, actor, personId, 'person.case.update', prepareCase(caseId, input, { caseId, version }));

export const recordMovement = (db: Database, actor: PeopleActor, personId: string, input: MovementInput) =>
  changeHistory(db, actor, personId, `person.custody.${input.kind}`, prepareMovement(newRecordId(), input, actor.user.id));

export const addProbationEpisode = (db: Database, actor: PeopleActor, personId: string, input: EpisodeInput) =>
  changeHistory(db, actor, personId, 'person.probation.create', prepareEpisode(newRecordId(), input));

export const endProbationEpisode = (
  db: Database,
  actor: PeopleActor,
  personId: string,
  episodeId: string,
  version: number,
  input: { endedOn: string; endReason: string },
) => changeHistory(db, actor, personId, 'person.probation.end', prepareEpisodeEnd(episodeId, version, input));
