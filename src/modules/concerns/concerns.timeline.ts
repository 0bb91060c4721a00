import { inArray } from 'drizzle-orm';
import type { MessageKey } from '../../platform/i18n/catalog.ts';
import { type TimelineEntry, type TimelineSource, todayInBishkek, unitInScope } from '../people/people.service.ts';
import { concerns } from './concerns.tables.ts';

/**
 * Concerns on the person's timeline: the day one was reported and the day it was closed. Only for readers who
 * run the concern loop over the person's unit (`concerns:manage`); for everyone else a concern is not on the
 * timeline at all, as a reporter sees only their own reports on the concerns tab.
 */
export const concernTimeline: TimelineSource = async ({ tx, person, personIds, i18n, reader }) => {
  if (!(await unitInScope(tx, reader, 'concerns:manage', person.unitId))) return [];
  const rows = await tx.select().from(concerns).where(inArray(concerns.personId, personIds));
  return rows.flatMap((row): TimelineEntry[] => {
    const indicators = row.indicators.map((code) => i18n.t(`concerns.indicator.${code}` as MessageKey)).join(', ');
    const reported: TimelineEntry = {
      kind: 'concern_reported',
      on: todayInBishkek(row.observedAt),
      at: row.observedAt,
      label: 'concerns.timeline.reported',
      detail: indicators || null,
    };
    if (!row.closedAt) return [reported];
    const closed: TimelineEntry = {
      kind: 'concern_closed',
      on: todayInBishkek(row.closedAt),
      at: row.closedAt,
      label: 'concerns.timeline.closed',
      detail: row.closeReason,
    };
    return [reported, closed];
  });
};
