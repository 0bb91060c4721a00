import type { FastifyRequest } from 'fastify';
import type { Executor } from '../db/pool.ts';
import { insertAuditEvent } from './audit.repository.ts';
import type { AuditOutcome, FieldChange } from './audit.tables.ts';

/** Who is acting and from where: taken from the request (or the CLI) once, passed to every audited call. */
export type AuditActor = {
  userId: string | null;
  username: string | null;
  /** `role@UNIT_CODE` pairs, space-separated. */
  roles: string | null;
  unitId: string | null;
  requestId: string | null;
  sourceAddress: string | null;
};

export type AuditEntry = {
  action: string;
  outcome?: AuditOutcome;
  resourceType?: string;
  resourceId?: string;
  personId?: string | null;
  reason?: string | null;
  details?: Record<string, unknown>;
  changes?: FieldChange[];
};

export function auditActorOf(request: FastifyRequest): AuditActor {
  const user = request.user;
  return {
    userId: user?.id ?? null,
    username: user?.username ?? null,
    roles: user ? user.roles.map((entry) => `${entry.role}@${entry.unitCode}`).join(' ') || null : null,
    unitId: user?.homeUnitId ?? null,
    requestId: request.id,
    sourceAddress: request.ip,
  };
}

/** The `kadam` command acting as itself, for administration done at the console. */
export function cliActor(command: string): AuditActor {
  return { userId: null, username: `cli:${command}`, roles: null, unitId: null, requestId: null, sourceAddress: 'console' };
}

/**
 * Writes exactly one audit event. Call it with the transaction that does the work, so the event and the work
 * commit together or not at all: if this insert fails, the work is rolled back and nothing is returned.
 */
export function recordAudit(tx: Executor, actor: AuditActor, entry: AuditEntry): Promise<number> {
  return insertAuditEvent(tx, {
    userId: actor.userId,
    username: actor.username,
    roles: actor.roles,
    unitId: actor.unitId,
    requestId: actor.requestId,
    sourceAddress: actor.sourceAddress,
    action: entry.action,
    outcome: entry.outcome ?? 'success',
    resourceType: entry.resourceType ?? null,
    resourceId: entry.resourceId ?? null,
    personId: entry.personId ?? null,
    reason: entry.reason ?? null,
    details: entry.details ?? null,
    changes: entry.changes && entry.changes.length > 0 ? entry.changes : null,
  });
}

/** JSON with object keys sorted, so `{ ky, ru, en }` from a form equals `{ en, ky, ru }` read back from jsonb. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) && !(inner instanceof Date)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** The fields whose values differ between two versions of a record: the field-level change history. */
export function fieldChanges<T extends Record<string, unknown>>(before: T, after: Partial<T>): FieldChange[] {
  return Object.entries(after as Record<string, unknown>)
    .filter(([field, value]) => value !== undefined && stableJson(before[field] ?? null) !== stableJson(value))
    .map(([field, value]) => ({ field, from: before[field] ?? null, to: value }));
}
