import { inArray } from 'drizzle-orm';
import { type TimelineEntry, type TimelineSource, todayInBishkek } from '../people/people.service.ts';
import { courtReports } from './courtreports.tables.ts';

/**
 * The person's reports for courts on their timeline: the court's request, the report's approval, and the
 * court's decision with the sentence given. Whoever may see the person sees that a report was asked for;
 * its content stays on the report's own page, which is allocated.
 */
export const courtReportTimeline: TimelineSource = async ({ tx, personIds, i18n }) => {
  const rows = await tx.select().from(courtReports).where(inArray(courtReports.personId, personIds));
  return rows.flatMap((report): TimelineEntry[] => {
    const params = { caseNumber: report.caseNumber };
    const entries: TimelineEntry[] = [
      { kind: 'court_report_request', on: report.receivedOn, label: 'courtReports.timeline.requested', params, detail: report.judge },
    ];
    if (report.approvedAt)
      entries.push({
        kind: 'court_report_approved',
        on: todayInBishkek(report.approvedAt),
        at: report.approvedAt,
        label: 'courtReports.timeline.approved',
        params,
      });
    if (report.decidedOn && report.sentence)
      entries.push({
        kind: 'court_report_decision',
        on: report.decidedOn,
        label: 'courtReports.timeline.decided',
        params,
        detail: i18n.t(`courtReports.sentence.${report.sentence}`),
      });
    return entries;
  });
};
