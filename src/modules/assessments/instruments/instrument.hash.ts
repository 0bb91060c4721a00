import { createHash } from 'node:crypto';
import type { InstrumentDefinition } from './instrument.definition.ts';

/**
 * The identity of a published instrument version. The hash is taken over a canonical JSON form, so the same
 * content always gives the same hash whatever order its keys were written or stored in (PostgreSQL's jsonb
 * reorders keys), while any change to a word or a rule gives a different one.
 */

/** JSON with object keys sorted at every depth, arrays in their order, and no whitespace. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  // Keys whose value is undefined are dropped, as JSON.stringify would drop them anyway.
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return Object.fromEntries(keys.map((key) => [key, sortKeys(record[key])]));
}

/** `sha256:` followed by the hex digest of the definition's canonical JSON. */
export function contentHash(definition: InstrumentDefinition): string {
  return `sha256:${createHash('sha256').update(canonicalJson(definition), 'utf8').digest('hex')}`;
}
