import type { MessageKey } from '../i18n/catalog.ts';

/**
 * A failure with a stable code (`people.not_found`), the HTTP status it answers with, and the message key the
 * user reads in their language. Domain modules create these through their own `errors.ts` factories.
 */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: string,
    readonly status: number,
    readonly messageKey: MessageKey,
    readonly details?: unknown,
  ) {
    super(code);
  }
}

export const notFound = (code = 'not_found') => new AppError(code, 404, 'error.notFound.title');
export const forbidden = (code = 'forbidden') => new AppError(code, 403, 'error.forbidden.title');
export const conflict = (code = 'conflict', details?: unknown) => new AppError(code, 409, 'error.conflict.title', details);
export const unauthorised = () => new AppError('unauthorised', 401, 'error.unauthorised');
export const badRequest = (details?: unknown) => new AppError('bad_request', 400, 'error.validation', details);
