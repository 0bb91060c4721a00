import { AppError } from '../http/errors.ts';
import type { AuditEntry } from '../audit/audit.service.ts';

/** The record a refusal or a "not found" was about, so the 404 page can offer break-glass for it. */
export type RecordRef = { resourceType: string; resourceId: string };

/**
 * A refusal: 403 for a missing permission, 404 for a record outside the user's scope (as if absent). It carries
 * the audit entry, which the error handler writes in its own transaction after the work has rolled back.
 */
export class AccessRefused extends AppError {
  override name = 'AccessRefused';
  constructor(
    status: 403 | 404,
    readonly audit: AuditEntry,
    readonly record?: RecordRef,
  ) {
    super(status === 403 ? 'forbidden' : 'not_found', status, status === 403 ? 'error.forbidden.title' : 'error.notFound.title');
  }
}

/** A record that does not exist answers exactly like one outside the user's scope, break-glass link included. */
export class RecordNotFound extends AppError {
  override name = 'RecordNotFound';
  constructor(readonly record: RecordRef) {
    super('not_found', 404, 'error.notFound.title');
  }
}
