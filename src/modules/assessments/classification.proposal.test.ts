import { describe, expect, it } from 'vitest';
import { leastRestrictiveAllowed, type ProposalInput, proposeClassification } from './classification.proposal.ts';

const ALL = ['dispersal', 'concentration', 'separation'] as const;
const prisoner = (overrides: Partial<ProposalInput> = {}): ProposalInput => ({
  violence: 'low',
  influence: 'low',
  vulnerability: 'low',
  reoffending: null,
  extremismConviction: false,
  probationClient: false,
  facilityOptions: ALL,
  ...overrides,
});

describe('the classification proposal', () => {
  it('proposes the general category and dispersal when nothing indicates a risk', () => {
    const { content, reasons } = proposeClassification(prisoner());
    expect(content).toMatchObject({ category: 'general', placement: 'dispersal', intensity: null });
    expect(reasons).toContain('no_indication');
  });

  it('proposes violent extremist offender for a conviction under a marked article, even with low judged risk', () => {
    const { content, reasons } = proposeClassification(prisoner({ extremismConviction: true }));
    expect(content.category).toBe('violent_extremist_offender');
    expect(content.placement).toBe('dispersal');
    expect(reasons).toContain('extremism_conviction');
  });

  it('proposes separation only for a high risk of violence or of influencing others', () => {
    expect(proposeClassification(prisoner({ influence: 'high' })).content).toMatchObject({
      category: 'violent_extremist_offender',
      placement: 'separation',
    });
    expect(proposeClassification(prisoner({ violence: 'moderate' })).content).toMatchObject({
      category: 'at_risk_of_radicalisation',
      placement: 'concentration',
    });
  });

  it('proposes at risk of radicalisation for a person vulnerable to recruitment, with the least restrictive placement', () => {
    const { content, reasons } = proposeClassification(prisoner({ vulnerability: 'high' }));
    expect(content).toMatchObject({ category: 'at_risk_of_radicalisation', placement: 'dispersal' });
    expect(reasons).toContain('vulnerable_to_recruitment');
  });

  it('keeps to the facility policy and says so when the policy limits the placement', () => {
    const { content, reasons } = proposeClassification(prisoner({ violence: 'high', facilityOptions: ['dispersal', 'concentration'] }));
    expect(content.placement).toBe('concentration');
    expect(reasons).toContain('placement_policy_limits');
  });

  it('gives a probation client a supervision intensity from the risk of reoffending, raised by extremism risk, and no placement', () => {
    const client = prisoner({ probationClient: true, reoffending: 'moderate' });
    expect(proposeClassification(client).content).toMatchObject({ intensity: 'medium', placement: null });
    const raised = proposeClassification({ ...client, violence: 'high' });
    expect(raised.content.intensity).toBe('high');
    expect(raised.reasons).toContain('intensity_raised_by_extremism_risk');
  });

  it('uses only the violent-extremism judgements that exist when there is no such assessment', () => {
    const { content } = proposeClassification(prisoner({ violence: null, influence: null, vulnerability: null, reoffending: 'high' }));
    expect(content).toMatchObject({ category: 'general', placement: 'dispersal', reoffending: 'high' });
  });
});

describe('the least restrictive allowed placement', () => {
  it('is the option needed when the facility runs it', () => {
    expect(leastRestrictiveAllowed('concentration', ALL)).toBe('concentration');
  });

  it('falls back to the most restrictive option below the one needed', () => {
    expect(leastRestrictiveAllowed('separation', ['dispersal'])).toBe('dispersal');
  });

  it('is the least restrictive option run when the facility runs only more restrictive ones', () => {
    expect(leastRestrictiveAllowed('dispersal', ['separation', 'concentration'])).toBe('concentration');
  });

  it('treats a facility without a recorded policy as running all three', () => {
    expect(leastRestrictiveAllowed('separation', [])).toBe('separation');
  });
});
