import { and, eq, inArray, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Executor } from '../../platform/db/pool.ts';
import type { MessageKey } from '../../platform/i18n/catalog.ts';
import type { I18n } from '../../platform/i18n/translator.ts';
import { orgUnits } from '../../platform/org/org.tables.ts';
import type { PersonRow } from './people.access.ts';
import { fullName, todayInBishkek } from './people.models.ts';
import {
  criminalCases,
  custodyEvents,
  identityDocuments,
  people,
  personAlerts,
  personMerges,
  pinChanges,
  probationEpisodes,
} from './people.tables.ts';
import { mergeTimeline, type TimelineEntry } from './people.timeline.models.ts';

/**
 * What every source is given: the person, every record merged into them (whose history is theirs too), the
 * language, and who is reading, so that a source shows only what the reader may see (case notes).
 */
export type TimelineContext = { tx: Executor; person: PersonRow; personIds: string[]; i18n: I18n; reader: SessionUser };
export type Entry = TimelineEntry<MessageKey>;
export type TimelineSource = (context: TimelineContext) => Promise<Entry[]>;

const dayOf = (instant: Date) => todayInBishkek(instant);

const recordCreated: TimelineSource = ({ person }) =>
  Promise.resolve([{ kind: 'created', on: dayOf(person.createdAt), at: person.createdAt, label: 'people.page.timeline.created' }]);

const pinChangeEntries: TimelineSource = async ({ tx, personIds, i18n }) =>
  (await tx.select().from(pinChanges).where(inArray(pinChanges.personId, personIds))).map((row) => ({
    kind: 'pin_change',
    on: row.changedOn,
    label: 'people.page.timeline.pinChanged',
    params: { from: row.previousPin ?? i18n.t('people.page.noPin'), to: row.newPin ?? i18n.t('people.page.noPin') },
    detail: row.reason,
  }));

const documentEntries: TimelineSource = async ({ tx, personIds, i18n }) =>
  (await tx.select().from(identityDocuments).where(inArray(identityDocuments.personId, personIds))).map((row) => ({
    kind: 'identity_document',
    on: dayOf(row.createdAt),
    at: row.createdAt,
    label: 'people.page.timeline.document',
    params: { kind: i18n.t(`people.page.document.${row.kind}`), number: row.number },
  }));

const caseEntries: TimelineSource = async ({ tx, personIds }) =>
  (await tx.select().from(criminalCases).where(inArray(criminalCases.personId, personIds))).map((row) => ({
    kind: 'case',
    on: row.verdictOn ?? dayOf(row.createdAt),
    at: row.verdictOn ? null : row.createdAt,
    label: row.verdictOn ? 'people.page.timeline.caseVerdict' : 'people.page.timeline.caseRecorded',
    params: { number: row.caseNumber },
    detail: [row.court, row.articles.join(', ')].filter(Boolean).join(' — ') || null,
  }));

const custodyEntries: TimelineSource = async ({ tx, personIds, i18n }) => {
  const facility = alias(orgUnits, 'facility');
  const from = alias(orgUnits, 'from_facility');
  const rows = await tx
    .select({ event: custodyEvents, facility: facility.name, from: from.name })
    .from(custodyEvents)
    .leftJoin(facility, eq(facility.id, custodyEvents.facilityId))
    .leftJoin(from, eq(from.id, custodyEvents.fromFacilityId))
    .where(inArray(custodyEvents.personId, personIds));
  return rows.map(({ event, ...units }) => ({
    kind: `custody_${event.kind}`,
    on: event.occurredOn,
    label: `people.page.timeline.${event.kind}`,
    params: { facility: units.facility?.[i18n.locale] ?? '—', from: units.from?.[i18n.locale] ?? '—' },
    detail: event.reason,
  }));
};

const probationEntries: TimelineSource = async ({ tx, personIds, i18n }) => {
  const rows = await tx
    .select({ episode: probationEpisodes, office: orgUnits.name })
    .from(probationEpisodes)
    .innerJoin(orgUnits, eq(orgUnits.id, probationEpisodes.officeId))
    .where(inArray(probationEpisodes.personId, personIds));
  return rows.flatMap(({ episode, office }): Entry[] => {
    const params = { office: office[i18n.locale] };
    const start: Entry = { kind: 'probation_start', on: episode.startedOn, label: 'people.page.timeline.probationStart', params };
    if (!episode.endedOn) return [start];
    return [
      start,
      { kind: 'probation_end', on: episode.endedOn, label: 'people.page.timeline.probationEnd', params, detail: episode.endReason },
    ];
  });
};

const alertEntries: TimelineSource = async ({ tx, personIds, i18n }) => {
  const owner = alias(people, 'owner');
  const related = alias(people, 'related');
  const rows = await tx
    .select({ alert: personAlerts, owner, related })
    .from(personAlerts)
    .innerJoin(owner, eq(owner.id, personAlerts.personId))
    .leftJoin(related, eq(related.id, personAlerts.relatedPersonId))
    .where(
      or(
        inArray(personAlerts.personId, personIds),
        and(inArray(personAlerts.relatedPersonId, personIds), eq(personAlerts.type, 'must_not_locate_with')),
      ),
    );
  return rows.flatMap(({ alert, owner: holder, related: named }): Entry[] => {
    // A must-not-locate-with alert names the other one of the two people, whichever record holds it.
    const other = personIds.includes(holder.id) ? named : holder;
    const type =
      alert.type === 'must_not_locate_with' && other
        ? i18n.t('people.page.alerts.mustNotLocateWith', { name: fullName(other) })
        : i18n.t(`people.alert.${alert.type}`);
    const added: Entry = {
      kind: 'alert_added',
      on: dayOf(alert.createdAt),
      at: alert.createdAt,
      label: 'people.page.timeline.alertAdded',
      params: { type },
      detail: alert.reason,
    };
    if (!alert.removedAt) return [added];
    const removed: Entry = {
      kind: 'alert_removed',
      on: dayOf(alert.removedAt),
      at: alert.removedAt,
      label: 'people.page.timeline.alertRemoved',
      params: { type },
      detail: alert.removalReason,
    };
    return [added, removed];
  });
};

const mergeEntries: TimelineSource = async ({ tx, person }) => {
  const survivor = alias(people, 'survivor');
  const merged = alias(people, 'merged');
  const rows = await tx
    .select({ merge: personMerges, survivor, merged })
    .from(personMerges)
    .innerJoin(survivor, eq(survivor.id, personMerges.survivorId))
    .innerJoin(merged, eq(merged.id, personMerges.mergedId))
    .where(and(eq(personMerges.status, 'approved'), or(eq(personMerges.survivorId, person.id), eq(personMerges.mergedId, person.id))));
  return rows.map(({ merge, ...records }) => {
    const at = merge.decidedAt ?? merge.proposedAt;
    const intoThis = merge.survivorId === person.id;
    return {
      kind: 'merge',
      on: dayOf(at),
      at,
      label: intoThis ? 'people.page.timeline.mergedFrom' : 'people.page.timeline.mergedInto',
      params: { name: fullName(intoThis ? records.merged : records.survivor) },
      detail: merge.reason,
    };
  });
};

/**
 * Where the timeline's entries come from, one function per people table. Another module that records something
 * about a person registers its own function (`registerTimelineSource`); the page needs no other change.
 */
export const TIMELINE_SOURCES: readonly TimelineSource[] = [
  recordCreated,
  pinChangeEntries,
  documentEntries,
  caseEntries,
  custodyEntries,
  probationEntries,
  alertEntries,
  mergeEntries,
];

const registered = new Map<string, TimelineSource>();

/**
 * How another module adds its entries (case notes, plans…) without the people module importing it: registered at
 * start-up under a name, so that building many apps (tests) keeps one source per module.
 */
export function registerTimelineSource(name: string, source: TimelineSource): void {
  registered.set(name, source);
}

/** The people tables' sources, then the registered ones in the order they were registered. */
export const timelineSources = (): TimelineSource[] => [...TIMELINE_SOURCES, ...registered.values()];

/** Everything that happened to the person, newest first, read from the tables (not from the audit trail). */
export async function loadTimeline(
  tx: Executor,
  person: PersonRow,
  reader: { user: SessionUser; i18n: I18n },
  sources = timelineSources(),
): Promise<Entry[]> {
  const absorbed = await tx.select({ id: people.id }).from(people).where(eq(people.mergedIntoId, person.id));
  const personIds = [person.id, ...absorbed.map((row) => row.id)];
  const context: TimelineContext = { tx, person, personIds, i18n: reader.i18n, reader: reader.user };
  const results: Entry[][] = [];
  // One after another: the sources share the request's transaction, whose connection runs one query at a time.
  for (const source of sources) results.push(await source(context));
  return mergeTimeline(results);
}
