import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { InstrumentDefinition } from './instrument.definition.ts';
import { fixtureInstrument } from './instrument.fixture.ts';
import { canonicalJson, contentHash } from './instrument.hash.ts';

/** The same object with its keys written in reverse order, at every depth. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).reverse();
  return Object.fromEntries(entries.map(([key, inner]) => [key, reverseKeys(inner)]));
}

describe('canonical JSON', () => {
  it('sorts object keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [true, null], c: 'x y' } })).toBe('{"a":{"c":"x y","d":[true,null]},"b":1}');
  });

  it('keeps arrays in their order and sorts the keys of objects inside them', () => {
    expect(canonicalJson([{ z: 1, y: 2 }, 3, 'a'])).toBe('[{"y":2,"z":1},3,"a"]');
  });

  it('leaves out keys whose value is undefined, as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
  });
});

describe('the content hash of an instrument version', () => {
  it('is sha256: and the hex digest of the canonical JSON', () => {
    const definition = fixtureInstrument();
    const digest = createHash('sha256').update(canonicalJson(definition)).digest('hex');
    expect(contentHash(definition)).toBe(`sha256:${digest}`);
    expect(contentHash(definition)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('does not change when the keys are written in another order', () => {
    const reordered = reverseKeys(fixtureInstrument()) as InstrumentDefinition;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(fixtureInstrument()));
    expect(contentHash(reordered)).toBe(contentHash(fixtureInstrument()));
  });

  it('changes when any word changes, in any language', () => {
    const original = contentHash(fixtureInstrument());
    const retitled = fixtureInstrument();
    retitled.sections[0]!.indicators[0]!.guidance['yes']!.ky = 'Коркутуулар бар';
    expect(contentHash(retitled)).not.toBe(original);
    const spaced = fixtureInstrument();
    spaced.name.ru = `${spaced.name.ru} `;
    expect(contentHash(spaced)).not.toBe(original);
  });

  it('changes when indicators are reordered or a review period changes', () => {
    const original = contentHash(fixtureInstrument());
    const reordered = fixtureInstrument();
    reordered.sections[0]!.indicators.reverse();
    expect(contentHash(reordered)).not.toBe(original);
    const stricter = fixtureInstrument();
    stricter.reviewPolicy.monthsByLevel.high = 3;
    expect(contentHash(stricter)).not.toBe(original);
  });
});
