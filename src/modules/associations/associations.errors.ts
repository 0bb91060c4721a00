import type { MessageKey } from '../../platform/i18n/catalog.ts';
import { notFound } from '../../platform/http/errors.ts';

/** An absent link, or one of another person: the same 404. */
export const linkNotFound = () => notFound('associations.not_found');

/** Input only the stored links can refuse: the person themself, a record not in use, a link already in force. */
export class AssociationInputError extends Error {
  override name = 'AssociationInputError';
  constructor(
    readonly field: string,
    readonly problem: MessageKey,
  ) {
    super(problem);
  }
}
