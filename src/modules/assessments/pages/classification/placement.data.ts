import { eq } from 'drizzle-orm';
import type { Executor } from '../../../../platform/db/pool.ts';
import { hasExtremismConviction, type PersonRow } from '../../../people/people.service.ts';
import { classificationsOf, type ClassificationRow } from '../../classification.decisions.ts';
import { proposeClassification, type ProposalReason } from '../../classification.proposal.ts';
import { placementPolicies } from '../../classification.tables.ts';
import { type Safeguards, safeguardsOf, userNames } from '../challenges/safeguards.data.ts';

export type PlacementData = {
  inForce: ClassificationRow | null;
  proposal: (ClassificationRow & { reasons: ProposalReason[] }) | null;
  earlier: ClassificationRow[];
  names: Map<string, string>;
  safeguards: Map<string, Safeguards>;
  probationClient: boolean;
};

/**
 * Kadam's reasons for an open proposal, worked out again from what it proposed (the levels are kept with it),
 * the person's convictions and the facility's policy: the reasons are not stored, only their codes are worded.
 */
async function reasonsFor(tx: Executor, person: PersonRow, proposal: ClassificationRow): Promise<ProposalReason[]> {
  const [policy] = await tx.select().from(placementPolicies).where(eq(placementPolicies.unitId, person.unitId));
  const content = proposal.proposal;
  return proposeClassification({
    violence: content.violence,
    influence: content.influence,
    vulnerability: content.vulnerability,
    reoffending: content.reoffending,
    extremismConviction: await hasExtremismConviction(tx, person.id),
    probationClient: content.intensity !== null,
    facilityOptions: policy?.options ?? [],
  }).reasons;
}

/** Everything the placement tab shows, read in the audited transaction of the page view. */
export async function loadPlacement(tx: Executor, person: PersonRow): Promise<PlacementData> {
  const all = await classificationsOf(tx, person.id);
  const inForce = all.find((row) => row.status === 'confirmed' || row.status === 'overridden') ?? null;
  const open = all.find((row) => row.status === 'proposed') ?? null;
  const earlier = all.filter((row) => row !== inForce && row !== open);
  const safeguards = new Map<string, Safeguards>();
  for (const row of [inForce, ...earlier]) if (row) safeguards.set(row.id, await safeguardsOf(tx, 'classification', row.id));
  const names = await userNames(
    tx,
    all.flatMap((row) => [row.proposedBy, row.decidedBy]),
  );
  return {
    inForce,
    proposal: open ? { ...open, reasons: await reasonsFor(tx, person, open) } : null,
    earlier,
    names,
    safeguards,
    probationClient: person.legalStatus === 'probation',
  };
}
