import { fullName, type TimelineEntry, type TimelineSource, todayInBishkek, unitInScope } from '../people/people.service.ts';
import { kindLabelOf } from './associations.labels.ts';
import { linksOf } from './associations.repository.ts';

/**
 * The person's links on their timeline: one entry when a link was known from (its day) and one when it was
 * ended, with the reason. Only for readers with `associations:read` over the person.
 */
export const associationTimeline: TimelineSource = async ({ tx, person, personIds, i18n, reader }) => {
  if (!(await unitInScope(tx, reader, 'associations:read', person.unitId))) return [];
  const entries: TimelineEntry[] = [];
  for (const row of await linksOf(tx, personIds)) {
    const params = { kind: i18n.t(kindLabelOf(row)), name: fullName(row.other) };
    entries.push({ kind: 'association_recorded', on: row.link.knownSince, label: 'associations.timeline.recorded', params });
    if (row.link.endedAt)
      entries.push({
        kind: 'association_ended',
        on: todayInBishkek(row.link.endedAt),
        at: row.link.endedAt,
        label: 'associations.timeline.ended',
        params,
        detail: row.link.endReason,
      });
  }
  return entries;
};
