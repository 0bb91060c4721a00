import { describe, expect, it } from 'vitest';
import { OBJECTIVE_WORDING } from './plans.objective-wording.ts';
import { type NeedForProposal, proposalKey, proposeObjectives } from './plans.proposals.ts';

const label = (text: string) => ({ ky: text, ru: text, en: text });
const need = (code: string, level: number, overrides: Partial<NeedForProposal> = {}): NeedForProposal => ({
  indicatorCode: code,
  kind: code.startsWith('VE_') ? 'risk' : 'need',
  title: label(`Title of ${code}`),
  ratingLabel: label(`Level ${level}`),
  level,
  levelCount: 3,
  ...overrides,
});
const none = { covered: new Set<string>(), rejected: new Set<string>() };

describe('objectives proposed from needs', () => {
  it('proposes one objective for each need, worded from the table in three languages', () => {
    const proposals = proposeObjectives([need('RNR_SUBSTANCE_USE', 1), need('RNR_ACCOMMODATION', 1)], none);
    expect(proposals.map(proposalKey).sort()).toEqual(['RNR_ACCOMMODATION', 'RNR_SUBSTANCE_USE']);
    const accommodation = proposals.find((proposal) => proposalKey(proposal) === 'RNR_ACCOMMODATION')!;
    expect(accommodation.wording).toEqual(OBJECTIVE_WORDING.RNR_ACCOMMODATION);
    expect(accommodation.wording.ky).toBe('Туруктуу турак жай менен камсыз болуу');
  });

  it('words a need the table does not know around its own title', () => {
    const [proposal] = proposeObjectives([need('LOADED_NEED', 2, { title: { ky: 'Карыз', ru: 'Долги', en: 'Debts' } })], none);
    expect(proposal!.wording).toEqual({
      ky: 'Муктаждык боюнча иштөө: Карыз',
      ru: 'Работа над потребностью: Долги',
      en: 'Work on this need: Debts',
    });
  });

  it('puts the most pressing need first, comparing scales of different lengths by their top level', () => {
    const proposals = proposeObjectives([need('RNR_LEISURE', 1), need('RNR_FAMILY', 2), need('RNR_FINANCES', 2, { levelCount: 5 })], none);
    expect(proposals.map(proposalKey)).toEqual(['RNR_FAMILY', 'RNR_FINANCES', 'RNR_LEISURE']);
  });

  it('puts a violent-extremism risk factor before a general need of the same severity', () => {
    const proposals = proposeObjectives([need('RNR_ATTITUDES', 2), need('VE_GRIEVANCE_REVENGE', 2)], none);
    expect(proposals.map(proposalKey)).toEqual(['VE_GRIEVANCE_REVENGE', 'RNR_ATTITUDES']);
  });

  it('does not propose a need twice when two assessments name it, and keeps its highest level', () => {
    const proposals = proposeObjectives([need('RNR_FAMILY', 1), need('RNR_FAMILY', 2)], none);
    expect(proposals).toHaveLength(1);
    expect(proposals[0]!.needs[0]!.ratingLabel.en).toBe('Level 2');
  });

  it('does not propose the same objective twice: needs of one theme become one proposal naming them all', () => {
    const proposals = proposeObjectives([need('VE_RECRUITS', 1), need('VE_SPREADS_MATERIAL', 2), need('RNR_FAMILY', 1)], none);
    expect(proposals.map(proposalKey)).toEqual(['VE_SPREADS_MATERIAL+VE_RECRUITS', 'RNR_FAMILY']);
    expect(new Set(proposals.map((proposal) => proposal.wording.en)).size).toBe(proposals.length);
  });

  it('does not propose again a need an objective of the plan already answers', () => {
    const proposals = proposeObjectives([need('RNR_FAMILY', 2), need('RNR_LEISURE', 1)], {
      covered: new Set(['RNR_FAMILY']),
      rejected: new Set(),
    });
    expect(proposals.map(proposalKey)).toEqual(['RNR_LEISURE']);
  });

  it('does not propose again a need staff rejected with a reason', () => {
    const proposals = proposeObjectives([need('RNR_FAMILY', 2)], { covered: new Set(), rejected: new Set(['RNR_FAMILY']) });
    expect(proposals).toEqual([]);
  });

  it('has wording in all three languages for every indicator in the table, none of it left blank', () => {
    for (const [code, wording] of Object.entries(OBJECTIVE_WORDING))
      for (const locale of ['ky', 'ru', 'en'] as const) expect(wording[locale].trim(), `${code} ${locale}`).not.toBe('');
  });
});
