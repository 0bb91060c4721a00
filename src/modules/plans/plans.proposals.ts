import type { LocalisedName } from '../../platform/org/org.tables.ts';
import type { PersonNeed } from '../assessments/assessments.service.ts';
import { proposedWording } from './plans.objective-wording.ts';

/** What a proposal needs to know of a need found in an approved assessment. */
export type NeedForProposal = Pick<PersonNeed, 'indicatorCode' | 'kind' | 'title' | 'ratingLabel' | 'level' | 'levelCount'>;

export type ObjectiveProposal = {
  /** The needs this objective answers: one, or several of one theme that share the wording. */
  needs: { code: string; title: LocalisedName; ratingLabel: LocalisedName }[];
  wording: LocalisedName;
  /** How pressing, 0–1: the highest need's level over its scale's highest level. */
  severity: number;
};

/** How pressing a need is, comparable across scales of different lengths. */
const severityOf = (need: NeedForProposal) => (need.levelCount > 1 ? need.level / (need.levelCount - 1) : 0);

/**
 * Kadam's proposed objectives for a plan, most pressing first. Each need found is proposed once: a need an
 * objective of the plan already answers (`covered`) or that staff rejected (`rejected`) is not proposed again,
 * and a need named twice (two instruments, or an assessment and its correction) counts once, at its highest
 * level. Needs whose proposed wording is the same (one theme, e.g. leaving a violent group) become one
 * proposal, so no objective is proposed twice. Ratings are never added up: severity is the highest need's.
 * Violent-extremism risk factors come before general needs of the same severity: they are what the plan is for.
 */
export function proposeObjectives(
  needs: readonly NeedForProposal[],
  taken: { covered: ReadonlySet<string>; rejected: ReadonlySet<string> },
): ObjectiveProposal[] {
  const strongest = new Map<string, NeedForProposal>();
  for (const need of needs) {
    if (taken.covered.has(need.indicatorCode) || taken.rejected.has(need.indicatorCode)) continue;
    const seen = strongest.get(need.indicatorCode);
    if (!seen || severityOf(need) > severityOf(seen)) strongest.set(need.indicatorCode, need);
  }
  const ordered = [...strongest.values()].sort(
    (a, b) =>
      severityOf(b) - severityOf(a) ||
      Number(b.kind === 'risk') - Number(a.kind === 'risk') ||
      a.indicatorCode.localeCompare(b.indicatorCode),
  );
  const byWording = new Map<string, ObjectiveProposal>();
  for (const need of ordered) {
    const wording = proposedWording(need.indicatorCode, need.title);
    const entry = { code: need.indicatorCode, title: need.title, ratingLabel: need.ratingLabel };
    const same = byWording.get(wording.en);
    if (same) same.needs.push(entry);
    else byWording.set(wording.en, { needs: [entry], wording, severity: severityOf(need) });
  }
  return [...byWording.values()];
}

/** The key a proposal is posted back by: its needs' codes, which are stable while the proposal stands. */
export const proposalKey = (proposal: Pick<ObjectiveProposal, 'needs'>) => proposal.needs.map((need) => need.code).join('+');
