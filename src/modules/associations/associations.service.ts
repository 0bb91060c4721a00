import type { Executor } from '../../platform/db/pool.ts';
import { registerSubjectAccessSection, registerTimelineSource } from '../people/people.service.ts';
import { linksAmong } from './associations.repository.ts';
import { associationSection } from './associations.subject-access.ts';
import { associationTimeline } from './associations.timeline.ts';

/**
 * The associations module's public face. At start-up it adds the links to the person's timeline and to the
 * subject access export; the placement check reads the links in force between the people a move concerns.
 */
export function registerAssociations(): void {
  registerTimelineSource('associations', associationTimeline);
  registerSubjectAccessSection(associationSection);
}

/** The links in force between any two of these people, as the placement check takes them. */
export async function associationsAmong(tx: Executor, personIds: readonly string[]) {
  return (await linksAmong(tx, personIds)).map((link) => ({ personId: link.personId, otherId: link.otherPersonId, kind: link.kind }));
}

export { associationRoutes } from './pages/associations.handler.tsx';
export { recordAssociation, endAssociation } from './associations.writes.ts';
export { loadDemoAssociations } from './associations.demo.ts';
export { ASSOCIATION_KINDS, ASSOCIATION_SOURCES } from './associations.tables.ts';
