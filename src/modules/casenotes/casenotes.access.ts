import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Executor } from '../../platform/db/pool.ts';
import { unitInScope } from '../people/people.service.ts';

/** What one reader may do with one person's notes, decided by the roles they hold over the person's unit. */
export type NoteReader = { mayRead: boolean; mayReadSensitive: boolean; mayWrite: boolean };

/**
 * Sensitive notes need `casenotes:sensitive` over the person's unit. Break-glass access opens the record, not
 * its sensitive notes: someone reading outside their units sees the ordinary notes on the notes tab (whose view
 * the grant audits) and no notes on the timeline, never a hint of the sensitive ones.
 */
export async function noteReaderOf(tx: Executor, user: SessionUser, unitId: string): Promise<NoteReader> {
  return {
    mayRead: await unitInScope(tx, user, 'casenotes:read', unitId),
    mayReadSensitive: await unitInScope(tx, user, 'casenotes:sensitive', unitId),
    mayWrite: await unitInScope(tx, user, 'casenotes:write', unitId),
  };
}
