import { type CanonicalEvent, chainHash, eventHash, GENESIS_HASH, type SealRow } from './audit.chain.ts';

/** The first thing found wrong with the audit trail, by kind, naming the event (`seq`) it concerns. */
export type ChainProblem =
  | { kind: 'modified'; seq: number; position: number }
  | { kind: 'deleted'; seq: number; position: number }
  | { kind: 'inserted'; seq: number }
  | { kind: 'reordered'; seq: number; position: number; sealedAs: number | null }
  | { kind: 'broken_link'; seq: number; position: number };

export type ChainVerification =
  | { intact: true; sealed: number; pending: number; headHash: string; lastSeq: number | null }
  | { intact: false; problem: ChainProblem; message: string };

/** One line an operator can act on, naming the event. */
export function describeProblem(problem: ChainProblem): string {
  switch (problem.kind) {
    case 'modified':
      return `Event ${problem.seq} was modified: its content no longer matches the hash sealed at position ${problem.position}.`;
    case 'deleted':
      return `Event ${problem.seq} was deleted: the seal at position ${problem.position} names it, but it is gone.`;
    case 'inserted':
      return `Event ${problem.seq} was inserted: it lies inside the sealed part of the trail but was never sealed.`;
    case 'reordered':
      return problem.sealedAs === null
        ? `Event ${problem.seq} was reordered: the seal at position ${problem.position} is out of sequence.`
        : `Event ${problem.seq} was reordered: it holds the content sealed for event ${problem.sealedAs} (position ${problem.position}).`;
    case 'broken_link':
      return `The chain is broken at position ${problem.position} (event ${problem.seq}): the seal row was changed or removed.`;
  }
}

/** The sealed event whose content this row now carries, if the row was moved from another sequence number. */
function sealedElsewhere(event: CanonicalEvent, hashBySeq: ReadonlyMap<number, string>): number | null {
  const own = Number(event.seq);
  for (const [seq, sealedHash] of hashBySeq) {
    if (seq !== own && eventHash({ ...event, seq: String(seq) }) === sealedHash) return seq;
  }
  return null;
}

/**
 * Recomputes the chain from the seals (in position order) and the events, and names the first problem in chain
 * order. Sealing takes events in `seq` order and waits for writers in flight, so an unsealed event below the last
 * sealed `seq` cannot be legitimate; unsealed events above it are simply not sealed yet.
 */
export function verifyChain(events: readonly CanonicalEvent[], seals: readonly SealRow[]): ChainVerification {
  const bySeq = new Map(events.map((event) => [Number(event.seq), event]));
  const hashBySeq = new Map(seals.map((seal) => [seal.eventSeq, seal.eventHash]));
  const unsealed = [...bySeq.keys()].filter((seq) => !hashBySeq.has(seq)).sort((a, b) => a - b);
  const fail = (problem: ChainProblem): ChainVerification => ({ intact: false, problem, message: describeProblem(problem) });
  // Any unsealed event below a sealed one fails at once, so only the lowest unsealed one ever needs checking.
  const firstUnsealed = unsealed[0];
  let previousHash = GENESIS_HASH;
  let previousSeq = 0;
  for (const [index, seal] of seals.entries()) {
    const position = index + 1;
    if (seal.position !== position) return fail({ kind: 'broken_link', seq: seal.eventSeq, position });
    if (firstUnsealed !== undefined && firstUnsealed < seal.eventSeq) return fail({ kind: 'inserted', seq: firstUnsealed });
    if (chainHash(previousHash, seal.eventHash) !== seal.chainHash) return fail({ kind: 'broken_link', seq: seal.eventSeq, position });
    if (seal.eventSeq <= previousSeq) return fail({ kind: 'reordered', seq: seal.eventSeq, position, sealedAs: null });
    const event = bySeq.get(seal.eventSeq);
    if (!event) return fail({ kind: 'deleted', seq: seal.eventSeq, position });
    if (eventHash(event) !== seal.eventHash) {
      const sealedAs = sealedElsewhere(event, hashBySeq);
      return fail(
        sealedAs === null
          ? { kind: 'modified', seq: seal.eventSeq, position }
          : { kind: 'reordered', seq: seal.eventSeq, position, sealedAs },
      );
    }
    previousHash = seal.chainHash;
    previousSeq = seal.eventSeq;
  }
  return {
    intact: true,
    sealed: seals.length,
    pending: unsealed.length,
    headHash: previousHash,
    lastSeq: seals.length > 0 ? previousSeq : null,
  };
}
