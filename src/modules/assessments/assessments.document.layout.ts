import type { PdfBlock } from '../../platform/documents/pdf.ts';
import type { I18n } from '../../platform/i18n/translator.ts';
import type { AssessmentDocument } from './assessments.documents.ts';
import { challengeBlocks, dateOrNone, labelOf, orNone, personBlocks, timeOrNone } from './documents.shared.layout.ts';
import type { InstrumentDefinition, LocalisedText } from './instruments/instrument.definition.ts';

type Section = InstrumentDefinition['sections'][number];

/** Every indicator of a section with its rating, evidence, sources and confidence, then its free-text items. */
function sectionBlocks(i18n: I18n, data: AssessmentDocument, section: Section, text: (value: LocalisedText) => string): PdfBlock[] {
  const { t } = i18n;
  const { definition } = data.assessment.version;
  const { answers } = data.assessment;
  const indicators = section.indicators.flatMap((indicator): PdfBlock[] => {
    const answer = answers.ratings[indicator.code] ?? {};
    const level = definition.scales.find((scale) => scale.code === indicator.scale)?.levels.find((entry) => entry.value === answer.rating);
    return [
      { kind: 'entry', text: `${indicator.code}. ${text(indicator.title)} (${labelOf(i18n, 'assessments.label.kind', indicator.kind)})` },
      {
        kind: 'field',
        label: t('assessments.document.rating'),
        value: level ? text(level.label) : (answer.rating ?? t('assessments.document.notRated')),
      },
      { kind: 'field', label: t('assessments.document.evidence'), value: orNone(i18n, answer.evidence) },
      {
        kind: 'field',
        label: t('assessments.document.sources'),
        value: (answer.sources ?? []).map((source) => labelOf(i18n, 'assessments.label.source', source)).join('; ') || '—',
      },
      {
        kind: 'field',
        label: t('assessments.document.confidence'),
        value: labelOf(i18n, 'assessments.label.confidence', answer.confidence),
      },
    ];
  });
  const freeText = section.freeText.map((item): PdfBlock => ({
    kind: 'field',
    label: text(item.title),
    value: orNone(i18n, answers.freeText[item.code]),
  }));
  return [{ kind: 'heading', text: text(section.title) }, ...indicators, ...freeText];
}

/** The judgements as the assessor made them, and the reviewer's where they overrode one. */
function judgementBlocks(i18n: I18n, data: AssessmentDocument, text: (value: LocalisedText) => string): PdfBlock[] {
  const { t } = i18n;
  const { assessment } = data;
  const overrides = assessment.overrideJudgements ?? {};
  return [
    { kind: 'heading', text: t('assessments.document.judgements') },
    ...assessment.version.definition.outcome.judgements.flatMap((judgement): PdfBlock[] => [
      {
        kind: 'field',
        label: text(judgement.title),
        value: labelOf(i18n, 'assessments.label.level', assessment.answers.judgements[judgement.code]),
      },
      ...(overrides[judgement.code]
        ? [
            {
              kind: 'field' as const,
              label: `${t('assessments.document.overrideJudgements')}: ${text(judgement.title)}`,
              value: labelOf(i18n, 'assessments.label.level', overrides[judgement.code]),
            },
          ]
        : []),
    ]),
  ];
}

/** The assessment document, block by block, in the translator's language (Kyrgyz or Russian). */
export function layoutAssessmentDocument(data: AssessmentDocument, i18n: I18n): PdfBlock[] {
  const { t } = i18n;
  const { assessment, names } = data;
  const { definition } = assessment.version;
  const text = (value: LocalisedText) => (i18n.locale === 'ru' ? value.ru : value.ky);
  const outcome = assessment.reviewOutcome ? t(`assessments.document.outcome.${assessment.reviewOutcome}`) : '—';
  return [
    { kind: 'title', text: t('assessments.document.assessment.title') },
    ...personBlocks(i18n, data.person, data.produced),
    {
      kind: 'meta',
      label: t('assessments.document.instrument'),
      value: t('assessments.document.instrumentVersion', { name: text(definition.name), version: String(assessment.version.version) }),
    },
    { kind: 'meta', label: t('assessments.document.contentHash'), value: assessment.version.contentHash },
    { kind: 'meta', label: t('assessments.document.status'), value: labelOf(i18n, 'assessments.label.status', assessment.status) },
    { kind: 'meta', label: t('assessments.document.reason'), value: labelOf(i18n, 'assessments.label.reason', assessment.reason) },
    { kind: 'meta', label: t('assessments.document.assessor'), value: names.get(assessment.assessorId) ?? '—' },
    { kind: 'meta', label: t('assessments.document.started'), value: i18n.formatDateTime(assessment.createdAt) },
    { kind: 'meta', label: t('assessments.document.submitted'), value: timeOrNone(i18n, assessment.submittedAt) },
    { kind: 'meta', label: t('assessments.document.reviewer'), value: names.get(assessment.reviewerId ?? '') ?? '—' },
    { kind: 'meta', label: t('assessments.document.reviewed'), value: timeOrNone(i18n, assessment.reviewedAt) },
    { kind: 'meta', label: t('assessments.document.reviewOutcome'), value: outcome },
    ...(assessment.overrideReason
      ? [{ kind: 'meta' as const, label: t('assessments.document.overrideReason'), value: assessment.overrideReason }]
      : []),
    { kind: 'meta', label: t('assessments.document.nextReview'), value: dateOrNone(i18n, assessment.nextReviewDate) },
    ...definition.sections.flatMap((section) => sectionBlocks(i18n, data, section, text)),
    ...judgementBlocks(i18n, data, text),
    { kind: 'heading', text: t('assessments.document.conclusion') },
    { kind: 'field', label: t('assessments.document.formulation'), value: orNone(i18n, assessment.answers.formulation) },
    { kind: 'field', label: t('assessments.document.personView'), value: orNone(i18n, assessment.answers.personView) },
    { kind: 'field', label: t('assessments.document.overallReasons'), value: orNone(i18n, assessment.answers.overallReasons) },
    { kind: 'heading', text: t('assessments.document.history') },
    {
      kind: 'table',
      columns: [
        { label: t('assessments.document.column.when'), width: 2 },
        { label: t('assessments.document.column.step'), width: 3 },
        { label: t('assessments.document.column.by'), width: 3 },
        { label: t('assessments.document.column.comment'), width: 5 },
      ],
      rows: data.steps.map((step) => [
        i18n.formatDateTime(step.at),
        labelOf(i18n, 'assessments.label.step', step.action),
        step.actorName,
        step.comment ?? '',
      ]),
    },
    ...challengeBlocks(i18n, data.challenges, names),
  ];
}
