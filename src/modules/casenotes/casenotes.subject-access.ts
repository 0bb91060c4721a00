import { type SubjectAccessRow, type SubjectAccessSection, subjectAccessCode, subjectAccessInstant } from '../people/people.service.ts';
import { everyVersion, personIdsOf } from './casenotes.repository.ts';

/**
 * The subject access export holds every version of every note, sensitive ones included: the law gives the
 * person everything held about them. Reading it needs `people:subject_access`, which the export already checks.
 */
export const caseNoteSection: SubjectAccessSection = {
  key: 'caseNotes',
  title: 'casenotes.subjectAccess.title',
  layout: 'entries',
  codes: { type: subjectAccessCode('casenotes.type'), sensitivity: subjectAccessCode('casenotes.sensitivity') },
  async rows({ tx, person, userName }): Promise<SubjectAccessRow[]> {
    const rows: SubjectAccessRow[] = [];
    for (const { version } of await everyVersion(tx, await personIdsOf(tx, person.id))) {
      rows.push({
        id: version.noteId,
        version: version.version,
        type: version.type,
        sensitivity: version.sensitivity,
        occurredOn: version.occurredOn,
        text: version.text,
        reason: version.reason,
        createdBy: await userName(version.writtenBy),
        createdAt: subjectAccessInstant(version.writtenAt),
      });
    }
    return rows;
  },
};
