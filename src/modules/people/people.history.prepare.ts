import { and, eq, sql } from 'drizzle-orm';
import { fieldChanges } from '../../platform/audit/audit.service.ts';
import type { Executor } from '../../platform/db/pool.ts';
import { conflict, notFound } from '../../platform/http/errors.ts';
import { type FieldProblem, historyState, type Prepare, ruleProblem, unknownArticles } from './people.history.writes.ts';
import {
  caseDatesError,
  currentAdmissionOn,
  CUSTODY_UNIT_KINDS,
  custodyState,
  type CustodyKind,
  episodeDatesError,
  movementError,
} from './people.history.models.ts';
import { caseOf, episodeOf, unitById } from './people.history.queries.ts';
import {
  criminalCases,
  custodyEvents,
  type PROBATION_TYPES,
  probationEpisodes,
  type RELEASE_TYPES,
  type SENTENCE_TYPES,
} from './people.tables.ts';

export type CaseInput = {
  caseNumber: string;
  court: string | null;
  verdictOn: string | null;
  articles: string[];
  sentenceType: (typeof SENTENCE_TYPES)[number] | null;
  sentenceMonths: number | null;
  sentenceStartOn: string | null;
  expectedReleaseOn: string | null;
  notes: string | null;
};

/** A new case (`existing` null) or an edit of one at the version the form was read at. */
export const prepareCase =
  (id: string, input: CaseInput, existing: { caseId: string; version: number } | null): Prepare =>
  async (db, person, today) => {
    const before = existing ? await caseOf(db, person.id, existing.caseId) : null;
    if (existing && !before) throw notFound('people.history.case_not_found');
    if (before && before.version !== existing?.version) throw conflict('people.history.stale_version', { version: before.version });
    const problems: FieldProblem[] = [];
    const history = await historyState(db, person.id);
    const dates = caseDatesError(
      { verdictOn: input.verdictOn, startOn: input.sentenceStartOn, releaseOn: input.expectedReleaseOn },
      today,
      currentAdmissionOn(history.movements),
    );
    if (dates) problems.push(ruleProblem(dates));
    const unknown = await unknownArticles(db, input.articles);
    if (unknown.length > 0)
      problems.push({ field: 'articles', key: 'history.error.unknownArticles', params: { codes: unknown.join(', ') } });
    const caseId = before?.id ?? id;
    return {
      problems,
      changes: fieldChanges<Record<string, unknown>>(before ?? {}, input),
      details: { record: 'criminal_case', recordId: caseId },
      after: history,
      apply: async (tx: Executor) => {
        if (!before) {
          await tx.insert(criminalCases).values({ id: caseId, personId: person.id, ...input });
          return;
        }
        const updated = await tx
          .update(criminalCases)
          .set({ ...input, version: sql`${criminalCases.version} + 1` })
          .where(and(eq(criminalCases.id, caseId), eq(criminalCases.version, before.version)))
          .returning({ id: criminalCases.id });
        if (updated.length === 0) throw conflict('people.history.stale_version');
      },
    };
  };

export type MovementInput = {
  kind: CustodyKind;
  occurredOn: string;
  facilityId: string | null;
  regime: string | null;
  /** Admission: required; transfer: null keeps what the person is held as. */
  remand: boolean | null;
  releaseType: (typeof RELEASE_TYPES)[number] | null;
  reason: string | null;
};

export const prepareMovement =
  (id: string, input: MovementInput, recordedBy: string): Prepare =>
  async (db, person, today) => {
    const history = await historyState(db, person.id);
    const custody = custodyState(history.movements);
    const problems: FieldProblem[] = [];
    const facility = input.kind === 'release' || !input.facilityId ? undefined : await unitById(db, input.facilityId);
    const isCustody = facility?.active === true && (CUSTODY_UNIT_KINDS as readonly string[]).includes(facility.kind);
    if (input.kind !== 'release' && !isCustody) problems.push({ field: 'facility', key: 'history.error.choose' });
    const movement = {
      kind: input.kind,
      occurredOn: input.occurredOn,
      facilityId: input.kind === 'release' ? null : input.facilityId,
      remand: input.kind === 'admission' ? input.remand === true : (input.remand ?? custody.remand),
    };
    const broken = problems.length === 0 ? movementError(history.movements, movement, today) : null;
    if (broken) problems.push(ruleProblem(broken));
    const values = {
      ...movement,
      fromFacilityId: input.kind === 'admission' ? null : custody.facilityId,
      regime: input.kind === 'release' ? null : (input.regime ?? facility?.regime ?? null),
      releaseType: input.kind === 'release' ? input.releaseType : null,
      reason: input.reason,
    };
    return {
      problems,
      changes: fieldChanges<Record<string, unknown>>({}, values),
      details: { record: 'custody_event', recordId: id },
      after: { ...history, movements: [...history.movements, movement] },
      apply: async (tx: Executor) => {
        await tx.insert(custodyEvents).values({ id, personId: person.id, ...values, recordedBy });
      },
    };
  };

export type EpisodeInput = {
  probationType: (typeof PROBATION_TYPES)[number];
  officeId: string;
  startedOn: string;
  endedOn: string | null;
  endReason: string | null;
};

export const prepareEpisode =
  (id: string, input: EpisodeInput): Prepare =>
  async (db, person, today) => {
    const history = await historyState(db, person.id);
    const office = await unitById(db, input.officeId);
    const problems: FieldProblem[] = [];
    if (office?.kind !== 'probation_office' || !office.active) problems.push({ field: 'office', key: 'history.error.choose' });
    const dates = episodeDatesError(input, today);
    if (dates) problems.push(ruleProblem(dates));
    return {
      problems,
      changes: fieldChanges<Record<string, unknown>>({}, input),
      details: { record: 'probation_episode', recordId: id },
      after: { ...history, episodes: [...history.episodes, { id, ...input }] },
      apply: async (tx: Executor) => {
        await tx.insert(probationEpisodes).values({ id, personId: person.id, ...input });
      },
    };
  };

/** Ends an open episode, at the version the form was read at. */
export const prepareEpisodeEnd =
  (episodeId: string, version: number, input: { endedOn: string; endReason: string }): Prepare =>
  async (db, person, today) => {
    const before = await episodeOf(db, person.id, episodeId);
    if (!before) throw notFound('people.history.episode_not_found');
    if (before.version !== version) throw conflict('people.history.stale_version', { version: before.version });
    const history = await historyState(db, person.id);
    const problems: FieldProblem[] = [];
    const dates = before.endedOn
      ? { field: 'endedOn', key: 'openEpisode' as const }
      : episodeDatesError({ startedOn: before.startedOn, endedOn: input.endedOn }, today);
    if (dates) problems.push(ruleProblem(dates));
    return {
      problems,
      changes: fieldChanges<Record<string, unknown>>(before, input),
      details: { record: 'probation_episode', recordId: episodeId },
      after: {
        ...history,
        episodes: history.episodes.map((episode) => (episode.id === episodeId ? { ...episode, endedOn: input.endedOn } : episode)),
      },
      apply: async (tx: Executor) => {
        await tx
          .update(probationEpisodes)
          .set({ ...input, version: sql`${probationEpisodes.version} + 1` })
          .where(eq(probationEpisodes.id, episodeId));
      },
    };
  };
