import type { PdfBlock } from '../../platform/documents/pdf.ts';
import type { I18n } from '../../platform/i18n/translator.ts';
import { fullName } from '../people/people.service.ts';
import type { ReportDocument } from './courtreports.document.ts';
import { courtNameOf } from './courtreports.repository.ts';

/**
 * The report for the court, block by block, in the document's language: the request, the inquiry, the
 * recommendation with its reasons and proposed conditions, and who approved it. Empty sections say so rather
 * than vanish, so the court sees what was and was not found.
 */
export function layoutReportDocument(data: ReportDocument, i18n: I18n): PdfBlock[] {
  const { t, formatDate, formatDateTime, locale } = i18n;
  const { report, names } = data;
  const none = t('courtReports.document.none');
  const text = (value: string | null) => (value && value.trim() !== '' ? value : none);
  const blocks: PdfBlock[] = [
    { kind: 'title', text: t('courtReports.document.title') },
    { kind: 'meta', label: t('courtReports.field.court'), value: courtNameOf(report, names.court, locale) },
    { kind: 'meta', label: t('courtReports.field.judge'), value: report.judge },
    { kind: 'meta', label: t('courtReports.field.caseNumber'), value: report.caseNumber },
    { kind: 'meta', label: t('courtReports.field.receivedOn'), value: formatDate(report.receivedOn) },
    { kind: 'meta', label: t('courtReports.field.deadline'), value: formatDate(report.deadline) },
    { kind: 'meta', label: t('courtReports.field.office'), value: names.office[locale] },
    { kind: 'meta', label: t('courtReports.field.officer'), value: names.officer },
    { kind: 'heading', text: t('courtReports.document.person') },
    { kind: 'field', label: t('courtReports.field.name'), value: fullName(names.person) },
    { kind: 'field', label: t('courtReports.field.dateOfBirth'), value: formatDate(names.person.dateOfBirth) },
    { kind: 'field', label: t('courtReports.field.pin'), value: names.person.pin ?? none },
    { kind: 'heading', text: t('courtReports.field.questions') },
    { kind: 'paragraph', text: report.questions },
    { kind: 'heading', text: t('courtReports.document.interviews') },
  ];
  if (data.interviews.length === 0) blocks.push({ kind: 'paragraph', text: none });
  else
    blocks.push({
      kind: 'table',
      columns: [
        { label: t('courtReports.field.interviewee'), width: 2 },
        { label: t('courtReports.field.heldOn'), width: 1 },
        { label: t('courtReports.field.place'), width: 2 },
        { label: t('courtReports.field.summary'), width: 5 },
      ],
      rows: data.interviews.map((row) => [row.interviewee, formatDate(row.heldOn), row.place, row.summary]),
    });
  const screening = data.screening
    ? t('courtReports.document.screeningLinked', {
        instrument: data.screening.instrumentCode,
        date: data.screening.reviewedAt ? formatDate(data.screening.reviewedAt) : none,
      })
    : text(report.screeningNote);
  blocks.push(
    { kind: 'heading', text: t('courtReports.document.inquiry') },
    { kind: 'field', label: t('courtReports.field.screening'), value: screening },
    { kind: 'field', label: t('courtReports.field.familySituation'), value: text(report.familySituation) },
    { kind: 'field', label: t('courtReports.field.employmentSituation'), value: text(report.employmentSituation) },
    { kind: 'field', label: t('courtReports.field.needs'), value: text(report.needs) },
    { kind: 'field', label: t('courtReports.field.personView'), value: text(report.personView) },
    { kind: 'heading', text: t('courtReports.document.recommendation') },
    {
      kind: 'entry',
      text: report.recommendation ? t(`courtReports.recommendation.${report.recommendation}`) : none,
    },
    { kind: 'field', label: t('courtReports.field.reasons'), value: text(report.recommendationReasons) },
    { kind: 'field', label: t('courtReports.field.proposedConditions'), value: text(report.proposedConditions) },
    { kind: 'heading', text: t('courtReports.document.approval') },
    { kind: 'field', label: t('courtReports.field.approvedBy'), value: data.approvedBy },
    { kind: 'field', label: t('courtReports.field.approvedAt'), value: report.approvedAt ? formatDateTime(report.approvedAt) : none },
    { kind: 'note', text: t('courtReports.document.produced', { by: data.produced.by, at: formatDateTime(data.produced.at) }) },
  );
  return blocks;
}
