import type { FastifyInstance } from 'fastify';
import { Select, Textarea, TextInput } from '../../../../platform/views/components.tsx';
import { assessmentsInForce } from '../../../assessments/assessments.service.ts';
import { todayInBishkek, userDateOf } from '../../../people/people.service.ts';
import { addInterview, saveInquiry } from '../../courtreports.inquiry.ts';
import { activeCourts, interviewsOf } from '../../courtreports.repository.ts';
import { changeRequest } from '../../courtreports.request.ts';
import { officersFor } from '../../courtreports.scope.ts';
import { inquiryFormOf, interviewFormOf, requestFormOf, validateInquiry, validateInterview, validateRequest } from '../forms.ts';
import { InterviewsTable } from '../report/report-sections.view.tsx';
import { type CourtReportPageDeps, errorOf } from '../report-page.tsx';
import { RequestFields } from '../request/request-fields.view.tsx';
import { stepRoutes } from './step-route.tsx';

const write = 'court_reports:write' as const;

/** Correcting the court's request, adding interviews and writing the inquiry: the officer's steps while the report is written. */
export async function inquiryStepRoutes(app: FastifyInstance, deps: CourtReportPageDeps) {
  stepRoutes(app, deps, {
    path: 'request',
    title: 'courtReports.page.request.title',
    submit: 'courtReports.page.save',
    permission: write,
    done: 'request',
    options: async (tx, report) => ({ offices: null, officers: await officersFor(tx, report.officeId), courts: await activeCourts(tx) }),
    formOf: (report) => ({
      officeId: report.officeId,
      officerId: report.officerId,
      courtId: report.courtId ?? '',
      courtName: report.courtName ?? '',
      judge: report.judge,
      caseNumber: report.caseNumber,
      receivedOn: userDateOf(report.receivedOn),
      deadline: userDateOf(report.deadline),
      questions: report.questions,
    }),
    parse: requestFormOf,
    validate: (form, t, today) => validateRequest(form, t, today, false),
    save: (actor, input) => changeRequest(deps.db, actor, input),
    anchor: (refusal) => (refusal === 'court_unknown' ? 'courtId' : 'officerId'),
    Fields: ({ context, form, errors, options }) => <RequestFields context={context} form={form} errors={errors} options={options} />,
  });

  stepRoutes(app, deps, {
    path: 'interviews',
    title: 'courtReports.page.interview.title',
    submit: 'courtReports.page.interview.save',
    permission: write,
    done: 'interview',
    options: async (tx, report) => ({ interviews: await interviewsOf(tx, report.id) }),
    formOf: () => ({ interviewee: '', heldOn: userDateOf(todayInBishkek()), place: '', summary: '' }),
    parse: interviewFormOf,
    validate: validateInterview,
    save: (actor, input) => addInterview(deps.db, actor, input),
    anchor: () => 'heldOn',
    Above: ({ context, options }) => <InterviewsTable context={context} interviews={options.interviews} />,
    Fields: ({ context, form, errors }) => {
      const { t } = context.i18n;
      return (
        <>
          <TextInput
            name="interviewee"
            label={t('courtReports.field.interviewee')}
            hint={t('courtReports.form.intervieweeHint')}
            value={form.interviewee}
            error={errorOf(errors, 'interviewee')}
          />
          <TextInput
            name="heldOn"
            label={t('courtReports.field.heldOn')}
            hint={t('courtReports.form.dateHint')}
            value={form.heldOn}
            error={errorOf(errors, 'heldOn')}
            width={10}
          />
          <TextInput name="place" label={t('courtReports.field.place')} value={form.place} error={errorOf(errors, 'place')} />
          <Textarea
            name="summary"
            label={t('courtReports.field.summary')}
            value={form.summary}
            error={errorOf(errors, 'summary')}
            rows={6}
          />
        </>
      );
    },
  });

  stepRoutes(app, deps, {
    path: 'inquiry',
    title: 'courtReports.page.inquiry.title',
    submit: 'courtReports.page.save',
    permission: write,
    done: 'inquiry',
    options: async (tx, report) => ({ assessments: await assessmentsInForce(tx, report.personId) }),
    formOf: (report) => ({
      screeningAssessmentId: report.screeningAssessmentId ?? '',
      screeningNote: report.screeningNote ?? '',
      familySituation: report.familySituation ?? '',
      employmentSituation: report.employmentSituation ?? '',
      needs: report.needs ?? '',
      personView: report.personView ?? '',
    }),
    parse: inquiryFormOf,
    validate: (form, t) => validateInquiry(form, t),
    save: (actor, input) => saveInquiry(deps.db, actor, input),
    anchor: () => 'screeningAssessmentId',
    Fields: ({ context, form, errors, options }) => {
      const { t, formatDate } = context.i18n;
      const text = (name: 'familySituation' | 'employmentSituation' | 'needs' | 'personView' | 'screeningNote', hint?: string) => (
        <Textarea
          name={name}
          label={t(`courtReports.field.${name}`)}
          hint={hint}
          value={form[name]}
          error={errorOf(errors, name)}
          rows={5}
        />
      );
      return (
        <>
          {options.assessments.length > 0 ? (
            <Select
              name="screeningAssessmentId"
              label={t('courtReports.field.screening')}
              hint={t('courtReports.form.screeningHint')}
              options={options.assessments.map((assessment) => ({
                value: assessment.id,
                label: `${assessment.instrumentCode} — ${assessment.reviewedAt ? formatDate(assessment.reviewedAt) : '—'}`,
              }))}
              value={form.screeningAssessmentId}
              blank={t('courtReports.form.noScreeningLinked')}
              error={errorOf(errors, 'screeningAssessmentId')}
            />
          ) : (
            <p class="govuk-inset-text" id="screeningAssessmentId" safe>
              {t('courtReports.form.noAssessment')}
            </p>
          )}
          {text('screeningNote', t('courtReports.form.screeningNoteHint'))}
          {text('familySituation')}
          {text('employmentSituation')}
          {text('needs')}
          {text('personView', t('courtReports.form.personViewHint'))}
        </>
      );
    },
  });
}
