import { sealPendingEvents, verifyAuditTrail } from '../../platform/audit/audit.sealing.ts';
import { CliError, out } from '../output.ts';
import { withDatabase } from '../session.ts';

/** Exit code of `kadam audit verify` when the trail was tampered with, apart from 1 (the check itself failed). */
export const TAMPERED_EXIT_CODE = 3;

/** `kadam audit seal`: seals what the server's background job has not sealed yet (for example while it is stopped). */
export async function auditSeal() {
  const sealed = await withDatabase((database) => sealPendingEvents(database.db));
  out(sealed === 0 ? 'Nothing to seal: every audit event is already sealed.' : `Sealed ${sealed} audit events.`);
}

/**
 * `kadam audit verify`: recomputes the hash chain and names the first modified, deleted, inserted or reordered
 * event. The head hash it prints can be written down elsewhere, so a chain rewritten from the start is also caught.
 */
export async function auditVerify() {
  const result = await withDatabase((database) => verifyAuditTrail(database.db));
  if (!result.intact) throw new CliError(`audit trail NOT intact. ${result.message}`, TAMPERED_EXIT_CODE);
  out(`Audit trail intact: ${result.sealed} events sealed, ${result.pending} not sealed yet.`);
  out(`Head hash: ${result.headHash}${result.lastSeq === null ? '' : ` (event ${result.lastSeq})`}`);
}
