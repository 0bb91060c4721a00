import { CsrfField, Tag } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { BreachRecord } from '../../probation.person.ts';
import { COURT_OUTCOMES } from '../../probation.tables.ts';
import { Choice, DateField, LongText } from '../probation.fields.tsx';
import type { FormState } from '../probation.form.ts';

/**
 * A breach report to the court: its PDF in Kyrgyz or Russian, the manager's approval (never the writer's own),
 * and once approved the court's decision.
 */
export function BreachSection(props: {
  context: PageContext;
  personId: string;
  breach: BreachRecord;
  names: Map<string, string>;
  state: FormState;
  maySupervise: boolean;
}): JSX.Element {
  const { context, breach, names, state } = props;
  const { t, formatDate } = context.i18n;
  const user = context.user;
  const base = `/people/${props.personId}/probation/breaches/${breach.id}`;
  const mayApprove = breach.status === 'submitted' && (user?.permissions.has('breaches:approve') ?? false) && user?.id !== breach.writtenBy;
  return (
    <div class="govuk-inset-text" id={`breach-${breach.id}`}>
      <h4 class="govuk-heading-s">
        <span safe>{t('probation.breach.heading')}</span> <Tag text={t(`probation.breachStatus.${breach.status}`)} colour="purple" />
      </h4>
      <p class="govuk-body-s" safe>
        {[
          t('probation.breach.writtenBy', { name: names.get(breach.writtenBy) ?? '', date: formatDate(breach.writtenAt) }),
          breach.approvedBy && breach.approvedAt
            ? t('probation.breach.approvedBy', { name: names.get(breach.approvedBy) ?? '', date: formatDate(breach.approvedAt) })
            : t('probation.breach.awaiting'),
          breach.outcome && breach.outcomeOn
            ? t('probation.breach.outcomeShown', {
                outcome: t(`probation.courtOutcome.${breach.outcome}`),
                date: formatDate(breach.outcomeOn),
              })
            : '',
          breach.outcomeNote ?? '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <p class="govuk-body">
        <a class="govuk-link" href={`${base}/report.pdf?lang=ky`} safe>
          {t('probation.breach.pdfKy')}
        </a>{' '}
        ·{' '}
        <a class="govuk-link" href={`${base}/report.pdf?lang=ru`} safe>
          {t('probation.breach.pdfRu')}
        </a>
      </p>
      {mayApprove ? (
        <form method="post" action={`${base}/approve`}>
          <CsrfField token={context.csrfToken} />
          <input type="hidden" name="version" value={String(breach.version)} />
          <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" safe>
            {t('probation.breach.approve')}
          </button>
        </form>
      ) : (
        ''
      )}
      {breach.status === 'approved' && props.maySupervise ? (
        <form method="post" action={`${base}/outcome`} novalidate>
          <CsrfField token={context.csrfToken} />
          <input type="hidden" name="version" value={String(breach.version)} />
          <Choice
            context={context}
            state={state}
            name="outcome"
            label={t('probation.breach.outcome')}
            blank={t('probation.form.chooseBlank')}
            options={COURT_OUTCOMES.map((outcome) => ({ value: outcome, label: t(`probation.courtOutcome.${outcome}`) }))}
          />
          <DateField context={context} state={state} name="outcomeOn" label={t('probation.breach.outcomeOn')} />
          <LongText context={context} state={state} name="outcomeNote" label={t('probation.breach.outcomeNote')} />
          <button type="submit" class="govuk-button" data-module="govuk-button" safe>
            {t('probation.breach.outcomeSubmit')}
          </button>
        </form>
      ) : (
        ''
      )}
    </div>
  );
}
