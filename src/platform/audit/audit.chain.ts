import { createHash } from 'node:crypto';
import { getTableColumns } from 'drizzle-orm';
import { auditEvents } from './audit.tables.ts';

/** The link before the first: 64 zeros, so the first chain hash is SHA-256 of zeros + the first event's hash. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Every column of `audit_events`, in table order, taken from the table definition itself: a column added later
 * is sealed without anyone remembering to list it here.
 */
export const SEALED_COLUMNS: readonly { name: string; timestamp: boolean }[] = Object.values(getTableColumns(auditEvents)).map(
  (column) => ({ name: column.name, timestamp: column.getSQLType().startsWith('timestamp') }),
);

/**
 * An event as PostgreSQL prints it: every column as text (timestamps in UTC to the microsecond, jsonb in its
 * normalised form), or null. Reading text, not JavaScript values, keeps precision a `Date` would lose.
 */
export type CanonicalEvent = Readonly<Record<string, string | null>>;

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** One fixed serialisation: `[["seq","1"],["occurred_at","2026-…Z"],…]` in column order. */
export function canonicalSerialisation(event: CanonicalEvent): string {
  return JSON.stringify(SEALED_COLUMNS.map(({ name }) => [name, event[name] ?? null]));
}

export const eventHash = (event: CanonicalEvent): string => sha256(canonicalSerialisation(event));

export const chainHash = (previousChainHash: string, ownEventHash: string): string => sha256(previousChainHash + ownEventHash);

export type SealRow = { position: number; eventSeq: number; eventHash: string; chainHash: string };

/** The seals that append `events` (already in `seq` order) to a chain whose last link is `last` (or none). */
export function sealsFor(events: readonly CanonicalEvent[], last: Pick<SealRow, 'position' | 'chainHash'> | undefined): SealRow[] {
  let position = last?.position ?? 0;
  let previous = last?.chainHash ?? GENESIS_HASH;
  return events.map((event) => {
    const own = eventHash(event);
    previous = chainHash(previous, own);
    position += 1;
    return { position, eventSeq: Number(event.seq), eventHash: own, chainHash: previous };
  });
}
