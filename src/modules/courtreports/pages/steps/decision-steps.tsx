import type { FastifyInstance } from 'fastify';
import { Textarea, TextInput } from '../../../../platform/views/components.tsx';
import { todayInBishkek, userDateOf } from '../../../people/people.service.ts';
import { recordCourtDecision } from '../../courtreports.approval.ts';
import { saveRecommendation } from '../../courtreports.inquiry.ts';
import { FOLLOWED, RECOMMENDATIONS, SENTENCES } from '../../courtreports.tables.ts';
import { courtDecisionFormOf, recommendationFormOf, validateCourtDecision, validateRecommendation } from '../forms.ts';
import { type CourtReportPageDeps, errorOf, Radios } from '../report-page.tsx';
import { stepRoutes } from './step-route.tsx';

const write = 'court_reports:write' as const;
const none = () => Promise.resolve({});

/**
 * The recommendation to the court (among the alternatives to imprisonment, with reasons and proposed conditions)
 * and, after the hearing, the court's decision: the sentence given and whether the recommendation was followed.
 */
export async function decisionStepRoutes(app: FastifyInstance, deps: CourtReportPageDeps) {
  stepRoutes(app, deps, {
    path: 'recommendation',
    title: 'courtReports.page.recommendation.title',
    submit: 'courtReports.page.save',
    permission: write,
    done: 'recommendation',
    options: none,
    formOf: (report) => ({
      recommendation: report.recommendation ?? '',
      reasons: report.recommendationReasons ?? '',
      proposedConditions: report.proposedConditions ?? '',
    }),
    parse: recommendationFormOf,
    validate: (form, t) => validateRecommendation(form, t),
    save: (actor, input) => saveRecommendation(deps.db, actor, input),
    anchor: () => 'recommendation',
    Fields: ({ context, form, errors }) => {
      const { t } = context.i18n;
      return (
        <>
          <p class="govuk-body" safe>
            {t('courtReports.form.alternativesHint')}
          </p>
          <Radios
            name="recommendation"
            legend={t('courtReports.field.recommendation')}
            options={RECOMMENDATIONS.map((value) => ({ value, label: t(`courtReports.recommendation.${value}`) }))}
            value={form.recommendation}
            error={errorOf(errors, 'recommendation')}
          />
          <Textarea
            name="reasons"
            label={t('courtReports.field.reasons')}
            value={form.reasons}
            error={errorOf(errors, 'reasons')}
            rows={6}
          />
          <Textarea
            name="proposedConditions"
            label={t('courtReports.field.proposedConditions')}
            hint={t('courtReports.form.conditionsHint')}
            value={form.proposedConditions}
            error={errorOf(errors, 'proposedConditions')}
            rows={4}
          />
        </>
      );
    },
  });

  stepRoutes(app, deps, {
    path: 'court-decision',
    title: 'courtReports.page.courtDecision.title',
    submit: 'courtReports.page.save',
    permission: write,
    done: 'courtDecision',
    options: none,
    formOf: (report) => ({
      decidedOn: userDateOf(report.decidedOn ?? todayInBishkek()),
      sentence: report.sentence ?? '',
      sentenceDetails: report.sentenceDetails ?? '',
      followed: report.followed ?? '',
    }),
    parse: courtDecisionFormOf,
    validate: validateCourtDecision,
    save: (actor, input) => recordCourtDecision(deps.db, actor, input),
    anchor: (refusal) => (refusal === 'decision_before_request' ? 'decidedOn' : 'followed'),
    Fields: ({ context, form, errors, report }) => {
      const { t } = context.i18n;
      return (
        <>
          <p class="govuk-body" safe>
            {t('courtReports.page.courtDecision.recommended', {
              recommendation: report.recommendation ? t(`courtReports.recommendation.${report.recommendation}`) : '—',
            })}
          </p>
          <TextInput
            name="decidedOn"
            label={t('courtReports.field.decidedOn')}
            hint={t('courtReports.form.dateHint')}
            value={form.decidedOn}
            error={errorOf(errors, 'decidedOn')}
            width={10}
          />
          <Radios
            name="sentence"
            legend={t('courtReports.field.sentence')}
            options={SENTENCES.map((value) => ({ value, label: t(`courtReports.sentence.${value}`) }))}
            value={form.sentence}
            error={errorOf(errors, 'sentence')}
          />
          <Textarea
            name="sentenceDetails"
            label={t('courtReports.field.sentenceDetails')}
            value={form.sentenceDetails}
            error={errorOf(errors, 'sentenceDetails')}
          />
          <Radios
            name="followed"
            legend={t('courtReports.field.followed')}
            options={FOLLOWED.map((value) => ({ value, label: t(`courtReports.followed.${value}`) }))}
            value={form.followed}
            error={errorOf(errors, 'followed')}
          />
        </>
      );
    },
  });
}
