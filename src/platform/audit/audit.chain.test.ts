import { getTableColumns } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type CanonicalEvent, chainHash, eventHash, GENESIS_HASH, SEALED_COLUMNS, sealsFor, sha256 } from './audit.chain.ts';
import { auditEvents } from './audit.tables.ts';
import { verifyChain } from './audit.verify.ts';

const event = (seq: number, action = `thing.done.${seq}`): CanonicalEvent => ({
  seq: String(seq),
  occurred_at: `2026-03-01T10:00:0${seq % 10}.123456Z`,
  username: `user${seq}`,
  action,
  outcome: 'success',
  details: '{"criteria": "x"}',
});

const trail = (count: number) => Array.from({ length: count }, (_, index) => event(index + 1));

describe('audit hash chain', () => {
  it('hashes every column of audit_events, in table order', () => {
    expect(SEALED_COLUMNS.map((column) => column.name)).toEqual(Object.values(getTableColumns(auditEvents)).map((column) => column.name));
    expect(SEALED_COLUMNS.find((column) => column.name === 'occurred_at')?.timestamp).toBe(true);
  });

  it('changes the event hash when any single column changes, including one a serialiser might skip', () => {
    const original = event(1);
    for (const { name } of SEALED_COLUMNS) {
      expect(eventHash({ ...original, [name]: 'tampered' }), name).not.toBe(eventHash(original));
    }
    // null and the text "null" are different values
    expect(eventHash({ ...original, reason: 'null' })).not.toBe(eventHash({ ...original, reason: null }));
  });

  it('starts from 64 zeros and links each seal to the one before', () => {
    const seals = sealsFor(trail(2), undefined);
    expect(seals.map((seal) => seal.position)).toEqual([1, 2]);
    expect(seals[0]?.chainHash).toBe(sha256(GENESIS_HASH + eventHash(event(1))));
    expect(seals[1]?.chainHash).toBe(chainHash(seals[0]!.chainHash, eventHash(event(2))));
    const continued = sealsFor([event(3)], seals[1]);
    expect(continued[0]).toMatchObject({ position: 3, eventSeq: 3 });
    expect(verifyChain(trail(3), [...seals, ...continued])).toMatchObject({ intact: true, sealed: 3, pending: 0, lastSeq: 3 });
  });

  it('reports an intact trail with its head hash and the events not sealed yet', () => {
    const seals = sealsFor(trail(3), undefined);
    expect(verifyChain([...trail(3), event(7)], seals)).toEqual({
      intact: true,
      sealed: 3,
      pending: 1,
      headHash: seals[2]!.chainHash,
      lastSeq: 3,
    });
    expect(verifyChain([], [])).toMatchObject({ intact: true, sealed: 0, headHash: GENESIS_HASH, lastSeq: null });
  });

  it('names a modified event', () => {
    const events = trail(4);
    const seals = sealsFor(events, undefined);
    events[2] = { ...events[2]!, reason: 'edited later' };
    expect(verifyChain(events, seals)).toMatchObject({ intact: false, problem: { kind: 'modified', seq: 3, position: 3 } });
  });

  it('names a deleted event', () => {
    const events = trail(4);
    const seals = sealsFor(events, undefined);
    expect(
      verifyChain(
        events.filter((entry) => entry.seq !== '2'),
        seals,
      ),
    ).toMatchObject({
      problem: { kind: 'deleted', seq: 2, position: 2 },
    });
  });

  it('names an event inserted inside the sealed part, but not one above it', () => {
    const events = [event(1), event(2), event(4)];
    const seals = sealsFor(events, undefined);
    const result = verifyChain([...events, event(3)], seals);
    expect(result).toMatchObject({ intact: false, problem: { kind: 'inserted', seq: 3 } });
    if (!result.intact) expect(result.message).toContain('Event 3 was inserted');
  });

  it('names two swapped events as reordered, saying whose content the first now holds', () => {
    const events = trail(4);
    const seals = sealsFor(events, undefined);
    const swapped = [events[0]!, { ...events[2]!, seq: '2' }, { ...events[1]!, seq: '3' }, events[3]!];
    expect(verifyChain(swapped, seals)).toMatchObject({ problem: { kind: 'reordered', seq: 2, position: 2, sealedAs: 3 } });
  });

  it('names a changed seal row as a broken link, and a removed one too', () => {
    const events = trail(4);
    const seals = sealsFor(events, undefined);
    const changed = seals.map((seal) => (seal.position === 3 ? { ...seal, eventHash: eventHash(event(99)) } : seal));
    expect(verifyChain(events, changed)).toMatchObject({ problem: { kind: 'broken_link', position: 3, seq: 3 } });
    const removed = seals.filter((seal) => seal.position !== 2);
    expect(verifyChain(events, removed)).toMatchObject({ problem: { kind: 'broken_link', position: 2, seq: 3 } });
    const renumbered = seals.filter((seal) => seal.position !== 2).map((seal, index) => ({ ...seal, position: index + 1 }));
    expect(
      verifyChain(
        events.filter((entry) => entry.seq !== '2'),
        renumbered,
      ),
    ).toMatchObject({
      problem: { kind: 'broken_link', position: 2, seq: 3 },
    });
  });

  it('reports the first problem in chain order when there are several', () => {
    const events = trail(5);
    const seals = sealsFor(events, undefined);
    events[1] = { ...events[1]!, action: 'x' };
    events[3] = { ...events[3]!, action: 'y' };
    expect(verifyChain(events, seals)).toMatchObject({ problem: { kind: 'modified', seq: 2 } });
  });
});
