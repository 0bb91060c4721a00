import { authorise } from '../../platform/access/authorise.ts';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Database } from '../../platform/db/pool.ts';
import type { I18n } from '../../platform/i18n/translator.ts';
import { type WorklistSection, worklistSections } from '../../platform/worklists/worklist-sources.ts';
import { type PeopleActor, todayInBishkek } from '../people/people.service.ts';
import { arrangeSections, worklistTotals } from './worklists.models.ts';

/**
 * The signed-in user's worklist: every registered source's sections, each source deciding what is due within
 * the user's own scope. The view is audited as `worklist.view` (it lists people) in the transaction that reads it.
 */
export function worklistOf(db: Database, actor: PeopleActor, i18n: I18n, today = todayInBishkek()): Promise<WorklistSection[]> {
  return db.transaction(async (tx) => {
    await authorise(tx, { actor: actor.user, audit: actor.audit, permission: 'people:read', action: 'worklist.view' });
    return arrangeSections(await worklistSections({ tx, user: actor.user, today, t: i18n.t }));
  });
}

/**
 * How many items the user's worklist holds and how many are overdue, for the home page. Only the numbers leave
 * this function, no name or record, so it is not audited as a view; opening the list itself is.
 */
export function worklistTotalsFor(db: Database, user: SessionUser, i18n: I18n, today = todayInBishkek()) {
  return db.transaction(async (tx) => worklistTotals(await worklistSections({ tx, user, today, t: i18n.t })));
}
