import type { MessageKey } from '../../platform/i18n/catalog.ts';

/**
 * Who may take part in a programme. Each rule restricts only when set (an empty list or a null bound means
 * "anyone"), and every rule a person fails gives its own reason, so staff see all of them at once.
 */
export type EligibilityRules = {
  status: 'active' | 'retired';
  sexes: readonly string[];
  ageMin: number | null;
  ageMax: number | null;
  riskLevels: readonly string[];
  legalStatuses: readonly string[];
  deliveryLanguages: readonly string[];
};

export type EligibilityFacts = {
  sex: string;
  /** yyyy-mm-dd */
  dateOfBirth: string;
  legalStatus: string;
  languages: readonly string[];
  preferredLanguage: string | null;
  /** From the classification in force; null when the person has none yet. */
  riskLevel: string | null;
};

export const INELIGIBLE_REASONS = [
  'retired',
  'sex',
  'too_young',
  'too_old',
  'risk_level',
  'risk_unknown',
  'legal_status',
  'language',
] as const;
export type IneligibleReason = (typeof INELIGIBLE_REASONS)[number];

export const ineligibleMessageKey = (reason: IneligibleReason) => `programmes.ineligible.${reason}` as MessageKey;

/** Full years between the date of birth and today (both yyyy-mm-dd). */
export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

const LEVEL_ORDER = ['low', 'moderate', 'high'];

/**
 * The risk level a programme's rule is checked against: the higher of the violence and influence levels the
 * classification decided (the violent-extremism risk), else the general reoffending level.
 */
export function riskLevelOf(decision: { violence: string | null; influence: string | null; reoffending: string | null } | undefined) {
  if (!decision) return null;
  const extremism = [decision.violence, decision.influence].filter((level): level is string => level !== null);
  if (extremism.length === 0) return decision.reoffending;
  return extremism.reduce((highest, level) => (LEVEL_ORDER.indexOf(level) > LEVEL_ORDER.indexOf(highest) ? level : highest));
}

/**
 * The reasons a person may not join (empty when eligible). `groupLanguage`, when given, narrows the language
 * rule to the group's own language. A person whose languages are not recorded is not refused on language:
 * nothing is known against them, and the group page shows the language to the enrolling officer.
 */
export function ineligibilityReasons(
  rules: EligibilityRules,
  facts: EligibilityFacts,
  today: string,
  groupLanguage?: string,
): IneligibleReason[] {
  const reasons: IneligibleReason[] = [];
  if (rules.status === 'retired') reasons.push('retired');
  if (rules.sexes.length > 0 && !rules.sexes.includes(facts.sex)) reasons.push('sex');
  const age = ageOn(facts.dateOfBirth, today);
  if (rules.ageMin !== null && age < rules.ageMin) reasons.push('too_young');
  if (rules.ageMax !== null && age > rules.ageMax) reasons.push('too_old');
  if (rules.riskLevels.length > 0) {
    if (facts.riskLevel === null) reasons.push('risk_unknown');
    else if (!rules.riskLevels.includes(facts.riskLevel)) reasons.push('risk_level');
  }
  if (rules.legalStatuses.length > 0 && !rules.legalStatuses.includes(facts.legalStatus)) reasons.push('legal_status');
  const spoken = new Set([...facts.languages, ...(facts.preferredLanguage ? [facts.preferredLanguage] : [])]);
  const offered = groupLanguage ? [groupLanguage] : rules.deliveryLanguages;
  if (spoken.size > 0 && !offered.some((language) => spoken.has(language))) reasons.push('language');
  return reasons;
}
