import type { MessageKey } from '../../platform/i18n/catalog.ts';
import type { PersonLink } from './associations.repository.ts';

/**
 * What the other person is to the person whose page it is. Every kind reads the same from either side except a
 * visit: on the visited person's page the other is their visitor; on the visitor's page, someone they visit.
 */
export function kindLabelOf(link: Pick<PersonLink, 'link' | 'otherIsVisitor'>): MessageKey {
  if (link.link.kind === 'visitor') return link.otherIsVisitor ? 'associations.kind.visitor' : 'associations.kind.visited';
  return `associations.kind.${link.link.kind}`;
}
