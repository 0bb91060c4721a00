import type { SectionBuilder } from './people.subject-access.ts';
import { SUBJECT_ACCESS_SECTIONS } from './people.subject-access.sections.ts';

const registered = new Map<string, SectionBuilder>();

/**
 * How another module adds its section (case notes…) without the people module importing it: registered at
 * start-up under the section's key, so that building many apps (tests) keeps one section per module.
 */
export function registerSubjectAccessSection(section: SectionBuilder): void {
  registered.set(section.key, section);
}

/** Every section in the order the PDF shows them: the people tables', then the registered ones, the audit trail last. */
export function subjectAccessSections(): SectionBuilder[] {
  const audit = SUBJECT_ACCESS_SECTIONS.filter((section) => section.key === 'audit');
  const own = SUBJECT_ACCESS_SECTIONS.filter((section) => section.key !== 'audit');
  return [...own, ...registered.values(), ...audit];
}
