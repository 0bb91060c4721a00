import {
  fullName,
  type SubjectAccessRow,
  type SubjectAccessSection,
  subjectAccessCode,
  subjectAccessInstant,
} from '../people/people.service.ts';
import { linksOf, personIdsOf } from './associations.repository.ts';

/** Every link recorded about the person, ended ones with their reason: the law gives the person all that is held. */
export const associationSection: SubjectAccessSection = {
  key: 'associations',
  title: 'associations.subjectAccess.title',
  layout: 'entries',
  codes: { kind: subjectAccessCode('associations.kind'), source: subjectAccessCode('associations.source') },
  async rows({ tx, person, userName }): Promise<SubjectAccessRow[]> {
    const rows: SubjectAccessRow[] = [];
    for (const { link, other, otherIsVisitor } of await linksOf(tx, await personIdsOf(tx, person.id))) {
      rows.push({
        id: link.id,
        kind: link.kind === 'visitor' && !otherIsVisitor ? 'visited' : link.kind,
        otherPerson: fullName(other),
        source: link.source,
        sourceReference: link.sourceReference,
        knownSince: link.knownSince,
        note: link.note,
        createdBy: await userName(link.recordedBy),
        createdAt: subjectAccessInstant(link.recordedAt),
        endedBy: link.endedBy ? await userName(link.endedBy) : null,
        endedAt: link.endedAt ? subjectAccessInstant(link.endedAt) : null,
        endReason: link.endReason,
      });
    }
    return rows;
  },
};
