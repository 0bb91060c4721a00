import { z } from 'zod';

/**
 * What an instrument version is, as data. Kadam's own instruments (./shipped/) and any an administrator loads
 * are checked against this schema before they can be saved; a published version is frozen with the hash of
 * its canonical JSON, and an assessment keeps the version it was made with forever.
 *
 * Structured professional judgement: indicators are rated and evidenced one by one and the assessor writes a
 * formulation and a judgement. Nothing here adds ratings up. The only computations are advisory rules (for
 * example screening routing), evaluated by `instrument.rules.ts` and shown as advice, never as the decision.
 */

const text = z.string().trim().min(1);
/** Every word an instrument shows is in all three languages: Kyrgyz first, then Russian and English. */
export const localisedText = z.object({ ky: text, ru: text, en: text }).strict();
export type LocalisedText = z.infer<typeof localisedText>;

const code = z.string().regex(/^[A-Z][A-Z0-9_]{0,31}$/, 'codes are upper-case letters, digits and _');

export const EVIDENCE_SOURCES = ['interview', 'file', 'observation', 'other_agency', 'own_account'] as const;
export const CONFIDENCE_LEVELS = ['low', 'medium', 'high'] as const;
export const INSTRUMENT_KINDS = ['screening', 'violent_extremism', 'general_rnr'] as const;
export const RISK_LEVELS = ['low', 'moderate', 'high'] as const;
export const SUPERVISION_INTENSITIES = ['low', 'medium', 'high'] as const;

/** A rating scale: its levels in order, each with a label. Guidance per level lives on each indicator. */
const ratingScale = z
  .object({
    code,
    levels: z.array(z.object({ value: z.string().regex(/^[a-z0-9_]{1,16}$/), label: localisedText }).strict()).min(2),
  })
  .strict();

const indicator = z
  .object({
    code,
    /** A risk factor raises concern when present; a protective factor lowers it. Never summed either way. */
    kind: z.enum(['risk', 'protective', 'need', 'responsivity']),
    title: localisedText,
    description: localisedText,
    scale: code,
    /** What each rating means for this indicator, keyed by the scale's level values: every level has guidance. */
    guidance: z.record(z.string(), localisedText),
    /** Where the evidence for this indicator is expected to come from. */
    evidenceSources: z.array(z.enum(EVIDENCE_SOURCES)).min(1),
    required: z.boolean(),
  })
  .strict();

const freeTextItem = z.object({ code, title: localisedText, guidance: localisedText, required: z.boolean() }).strict();

const section = z
  .object({
    code,
    title: localisedText,
    description: localisedText,
    indicators: z.array(indicator),
    freeText: z.array(freeTextItem).default([]),
  })
  .strict();

/**
 * A condition of an advisory rule, over the assessment's own ratings (never over anything else):
 * - `{ rating: 'S1', in: ['yes'] }`: indicator S1 was rated one of these levels;
 * - `{ atLeast: 2, of: ['S1', 'S2', 'S3'], in: ['yes'] }`: at least n of these indicators were rated so (a
 *   routing count of flags, not a score: the rule says which flags, and the advice says why);
 * - `{ judgement: 'VIOLENCE', in: ['high'] }`: the assessor's own judgement;
 * - `{ all: [...] }`, `{ any: [...] }`, `{ not: ... }`.
 */
export type RuleCondition =
  | { rating: string; in: string[] }
  | { atLeast: number; of: string[]; in: string[] }
  | { judgement: string; in: string[] }
  | { all: RuleCondition[] }
  | { any: RuleCondition[] }
  | { not: RuleCondition };

export const ruleCondition: z.ZodType<RuleCondition> = z.lazy(() =>
  z.union([
    z.object({ rating: code, in: z.array(z.string()).min(1) }).strict(),
    z.object({ atLeast: z.number().int().min(1), of: z.array(code).min(1), in: z.array(z.string()).min(1) }).strict(),
    z.object({ judgement: code, in: z.array(z.string()).min(1) }).strict(),
    z.object({ all: z.array(ruleCondition).min(1) }).strict(),
    z.object({ any: z.array(ruleCondition).min(1) }).strict(),
    z.object({ not: ruleCondition }).strict(),
  ]),
);

/** Advice shown when its condition holds, in order; `route` names what the advice points to. */
const advisoryRule = z
  .object({
    code,
    when: ruleCondition,
    route: z.enum(['full_violent_extremism', 'full_general_rnr', 'no_further_assessment', 'note']),
    advice: localisedText,
  })
  .strict();

/** A judgement the assessor makes in the outcome section, e.g. risk of violence: low / moderate / high. */
const judgement = z
  .object({ code, title: localisedText, guidance: localisedText, levels: z.array(z.enum(RISK_LEVELS)).min(2), required: z.boolean() })
  .strict();

const outcome = z
  .object({
    judgements: z.array(judgement),
    /** The written formulation: how the factors fit together for this person. Required for full assessments. */
    formulationRequired: z.boolean(),
    /** Which judgement sets supervision intensity (general RNR), if any: low → low, moderate → medium, high → high. */
    intensityFrom: code.optional(),
  })
  .strict();

/** Months to the next review by the highest level judged; triggers (transfer, concern…) may bring it forward. */
const reviewPolicy = z
  .object({
    monthsByLevel: z.object({ low: z.number().int().min(1), moderate: z.number().int().min(1), high: z.number().int().min(1) }).strict(),
    defaultMonths: z.number().int().min(1).max(36),
  })
  .strict();

/** The public-facing record of the instrument (as in the UK Algorithmic Transparency Recording Standard). */
const transparency = z
  .object({
    purpose: localisedText,
    whoUsesItAndWhen: localisedText,
    humanOversight: localisedText,
    dataUsed: localisedText,
    knownLimits: localisedText,
    fairnessMonitoring: localisedText,
  })
  .strict();

/**
 * The checklist a reviewer signs before an instrument version can be published. The first item is a
 * safeguard of the specification: religious belief or practice is never an indicator.
 */
const reviewChecklist = z
  .object({
    noReligiousBeliefOrPracticeIndicators: z.literal(true),
    indicatorsDescribeBehaviour: z.literal(true),
    originalWording: z.literal(true),
    threeLanguagesChecked: z.literal(true),
    reviewedBy: text,
    reviewedOn: z.iso.date(),
  })
  .strict();

export const instrumentDefinition = z
  .object({
    code,
    kind: z.enum(INSTRUMENT_KINDS),
    name: localisedText,
    summary: localisedText,
    scales: z.array(ratingScale).min(1),
    sections: z.array(section).min(1),
    outcome,
    rules: z.array(advisoryRule).default([]),
    reviewPolicy,
    transparency,
    reviewChecklist,
  })
  .strict();

export type InstrumentDefinition = z.infer<typeof instrumentDefinition>;
export type InstrumentDefinitionInput = z.input<typeof instrumentDefinition>;
export type Indicator = z.infer<typeof indicator>;
export type AdvisoryRule = z.infer<typeof advisoryRule>;
