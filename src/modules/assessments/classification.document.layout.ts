import type { PdfBlock } from '../../platform/documents/pdf.ts';
import type { I18n } from '../../platform/i18n/translator.ts';
import type { ClassificationDocument } from './assessments.documents.ts';
import type { ClassificationContent } from './classification.tables.ts';
import { challengeBlocks, dateOrNone, labelOf, personBlocks, timeOrNone } from './documents.shared.layout.ts';

/** Each item of a classification and the catalog prefix naming its values. */
const ITEMS: [keyof ClassificationContent, string][] = [
  ['category', 'assessments.document.category'],
  ['violence', 'assessments.label.level'],
  ['influence', 'assessments.label.level'],
  ['vulnerability', 'assessments.label.level'],
  ['reoffending', 'assessments.label.level'],
  ['placement', 'assessments.document.placement'],
  ['intensity', 'assessments.document.intensity'],
];

/** Kadam's proposal and the committee's decision side by side, item by item. */
function sideBySide(i18n: I18n, proposal: ClassificationContent, decision: ClassificationContent | null): PdfBlock {
  const { t } = i18n;
  return {
    kind: 'table',
    columns: [
      { label: t('assessments.document.column.item'), width: 4 },
      { label: t('assessments.document.column.proposal'), width: 3 },
      { label: t('assessments.document.column.decision'), width: 3 },
    ],
    rows: ITEMS.map(([item, prefix]) => [
      labelOf(i18n, 'assessments.document.item', item),
      labelOf(i18n, prefix, proposal[item]),
      decision ? labelOf(i18n, prefix, decision[item]) : '—',
    ]),
  };
}

/** The classification decision document, block by block, in the translator's language (Kyrgyz or Russian). */
export function layoutClassificationDocument(data: ClassificationDocument, i18n: I18n): PdfBlock[] {
  const { t } = i18n;
  const { classification: row, names } = data;
  const text = (value: { ky: string; ru: string }) => (i18n.locale === 'ru' ? value.ru : value.ky);
  return [
    { kind: 'title', text: t('assessments.document.classification.title') },
    ...personBlocks(i18n, data.person, data.produced),
    {
      kind: 'meta',
      label: t('assessments.document.status'),
      value: labelOf(i18n, 'assessments.document.classificationStatus', row.status),
    },
    { kind: 'meta', label: t('assessments.document.proposedBy'), value: names.get(row.proposedBy) ?? '—' },
    { kind: 'meta', label: t('assessments.document.proposedAt'), value: i18n.formatDateTime(row.proposedAt) },
    { kind: 'meta', label: t('assessments.document.decidedBy'), value: names.get(row.decidedBy ?? '') ?? '—' },
    { kind: 'meta', label: t('assessments.document.decidedAt'), value: timeOrNone(i18n, row.decidedAt) },
    { kind: 'meta', label: t('assessments.document.nextReview'), value: dateOrNone(i18n, row.nextReviewDate) },
    { kind: 'heading', text: t('assessments.document.sideBySide') },
    sideBySide(i18n, row.proposal, row.decision),
    ...(row.decisionReason ? [{ kind: 'field' as const, label: t('assessments.document.decisionReason'), value: row.decisionReason }] : []),
    ...(row.returnComment ? [{ kind: 'field' as const, label: t('assessments.document.returnComment'), value: row.returnComment }] : []),
    { kind: 'heading', text: t('assessments.document.basis') },
    ...data.basis.map((assessment): PdfBlock => ({
      kind: 'paragraph',
      text: t('assessments.document.basisEntry', {
        instrument: text(assessment.version.definition.name),
        version: String(assessment.version.version),
        date: assessment.reviewedAt ? i18n.formatDate(assessment.reviewedAt) : '—',
      }),
    })),
    ...challengeBlocks(i18n, data.challenges, names),
  ];
}
