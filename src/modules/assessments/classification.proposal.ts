import type { ClassificationContent, PLACEMENT_OPTIONS } from './classification.tables.ts';
import type { RISK_LEVELS, SUPERVISION_INTENSITIES } from './instruments/instrument.definition.ts';

type RiskLevel = (typeof RISK_LEVELS)[number];
type Placement = (typeof PLACEMENT_OPTIONS)[number];
type Intensity = (typeof SUPERVISION_INTENSITIES)[number];

/** What Kadam proposes from: the judgements in force (a reviewer's override replaces the assessor's), the record. */
export type ProposalInput = {
  /** From the approved violent-extremism assessment, if any. */
  violence: RiskLevel | null;
  influence: RiskLevel | null;
  vulnerability: RiskLevel | null;
  /** From the approved general risk–need–responsivity assessment, if any. */
  reoffending: RiskLevel | null;
  /** Convicted under an article of the Criminal Code marked terrorism- or extremism-related. */
  extremismConviction: boolean;
  /** A probation client gets a supervision intensity; a prisoner a placement option. */
  probationClient: boolean;
  /** The options the facility's policy runs (all three when it has recorded none). */
  facilityOptions: readonly Placement[];
};

/** Why the proposal says what it says, as stable codes the page words in the user's language. */
export type ProposalReason =
  | 'extremism_conviction'
  | 'high_violence_or_influence'
  | 'moderate_violence_or_influence'
  | 'vulnerable_to_recruitment'
  | 'no_indication'
  | 'placement_as_needed'
  | 'placement_policy_limits'
  | 'intensity_from_reoffending'
  | 'intensity_raised_by_extremism_risk';

const RANK: Record<RiskLevel, number> = { low: 0, moderate: 1, high: 2 };
const PLACEMENTS: readonly Placement[] = ['dispersal', 'concentration', 'separation'];
const INTENSITIES: readonly Intensity[] = ['low', 'medium', 'high'];

const highest = (...levels: (RiskLevel | null)[]): RiskLevel | null =>
  levels.reduce<RiskLevel | null>((top, level) => (level !== null && (top === null || RANK[level] > RANK[top]) ? level : top), null);

/**
 * Kadam's proposal, never its decision: a classification committee member confirms, overrides with a reason,
 * or returns it. It follows the safeguards: the category and placement come from behaviour-based judgements
 * and the conviction, and the placement is the least restrictive option that manages the risk (separation
 * only for high risk of violence or of influencing others, and only where the facility's policy runs it).
 */
export function proposeClassification(input: ProposalInput): { content: ClassificationContent; reasons: ProposalReason[] } {
  const reasons: ProposalReason[] = [];
  const threat = highest(input.violence, input.influence);
  let category: ClassificationContent['category'] = 'general';
  if (input.extremismConviction) reasons.push('extremism_conviction');
  if (threat === 'high') reasons.push('high_violence_or_influence');
  if (input.extremismConviction || threat === 'high') category = 'violent_extremist_offender';
  else if (threat === 'moderate' || (input.vulnerability !== null && RANK[input.vulnerability] >= RANK.moderate)) {
    category = 'at_risk_of_radicalisation';
    reasons.push(threat === 'moderate' ? 'moderate_violence_or_influence' : 'vulnerable_to_recruitment');
  } else reasons.push('no_indication');

  let placement: Placement | null = null;
  let intensity: Intensity | null = null;
  if (input.probationClient) {
    intensity = intensityFor(input.reoffending, threat, reasons);
  } else {
    const needed = PLACEMENTS[threat === null ? 0 : RANK[threat]]!;
    placement = leastRestrictiveAllowed(needed, input.facilityOptions);
    reasons.push(placement === needed ? 'placement_as_needed' : 'placement_policy_limits');
  }
  const content: ClassificationContent = {
    category,
    violence: input.violence,
    influence: input.influence,
    vulnerability: input.vulnerability,
    reoffending: input.reoffending,
    placement,
    intensity,
  };
  return { content, reasons };
}

/** Intensity follows the risk of reoffending, raised (never lowered) by the risk of violence or influence. */
function intensityFor(reoffending: RiskLevel | null, threat: RiskLevel | null, reasons: ProposalReason[]): Intensity {
  const fromReoffending = reoffending === null ? 0 : RANK[reoffending];
  const fromThreat = threat === null ? 0 : RANK[threat];
  if (reoffending !== null) reasons.push('intensity_from_reoffending');
  if (fromThreat > fromReoffending) reasons.push('intensity_raised_by_extremism_risk');
  return INTENSITIES[Math.max(fromReoffending, fromThreat)]!;
}

/**
 * The option the risk calls for if the facility runs it; otherwise the most restrictive option it runs below
 * that; otherwise (it runs only more restrictive ones) the least restrictive it runs.
 */
export function leastRestrictiveAllowed(needed: Placement, allowed: readonly Placement[]): Placement {
  const options = allowed.length > 0 ? allowed : PLACEMENTS;
  const neededRank = PLACEMENTS.indexOf(needed);
  const below = PLACEMENTS.filter((option, rank) => rank <= neededRank && options.includes(option));
  if (below.length > 0) return below[below.length - 1]!;
  return PLACEMENTS.find((option) => options.includes(option))!;
}
