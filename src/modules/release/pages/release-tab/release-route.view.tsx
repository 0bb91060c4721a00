import { CsrfField, Select, Tag, TextInput } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { userDateOf } from '../../../people/people.service.ts';
import { PLANNED_RELEASE_TYPES, SUPERVISION_TYPES } from '../../release.tables.ts';
import type { ReleaseTabData, ReleaseTabState } from './release-tab.data.ts';

type Props = { context: PageContext; personId: string; data: ReleaseTabData };

/**
 * How and when the person leaves, and who receives them: a form until the handover is sent, then a summary
 * (the route is frozen with the package). The receiving office is proposed from the address district.
 */
export function RouteSection({ context, personId, data, state }: Props & { state: ReleaseTabState }): JSX.Element {
  const { t, locale, formatDate } = context.i18n;
  const plan = data.plan!;
  const errorFor = (field: string) => state.errors?.find((error) => error.field === field)?.message;
  const form = state.route ?? {
    version: String(plan.version),
    releaseOn: userDateOf(plan.releaseOn),
    releaseType: plan.releaseType ?? '',
    supervision: plan.supervision ?? '',
    officeId: plan.receivingOfficeId ?? data.coveringOffice?.id ?? '',
  };
  const officeName = (id: string | null) => data.offices.find((office) => office.id === id)?.name[locale] ?? '';
  if (data.handover || !data.mayPrepare)
    return (
      <>
        <h2 class="govuk-heading-m" safe>
          {t('release.route.title')}
        </h2>
        <dl class="govuk-summary-list">
          {[
            [t('release.route.releaseOn'), formatDate(plan.releaseOn)],
            [t('release.route.releaseType'), plan.releaseType ? t(`release.releaseType.${plan.releaseType}`) : ''],
            [t('release.route.supervision'), t(`release.supervision.${plan.supervision ?? 'none'}`)],
            [t('release.route.office'), officeName(plan.receivingOfficeId)],
          ].map(([key, value]) => (
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key" safe>
                {key}
              </dt>
              <dd class="govuk-summary-list__value" safe>
                {value}
              </dd>
            </div>
          ))}
        </dl>
      </>
    );
  return (
    <form method="post" action={`/people/${personId}/release/route`} novalidate id="route">
      <CsrfField token={context.csrfToken} />
      <input type="hidden" name="version" value={form.version} />
      <h2 class="govuk-heading-m" safe>
        {t('release.route.title')}
      </h2>
      <TextInput
        name="releaseOn"
        label={t('release.route.releaseOn')}
        hint={t('release.route.dateHint')}
        value={form.releaseOn}
        error={errorFor('releaseOn')}
        width={10}
      />
      <Select
        name="releaseType"
        label={t('release.route.releaseType')}
        blank={t('release.route.choose')}
        value={form.releaseType}
        error={errorFor('releaseType')}
        options={PLANNED_RELEASE_TYPES.map((type) => ({ value: type, label: t(`release.releaseType.${type}`) }))}
      />
      <Select
        name="supervision"
        label={t('release.route.supervision')}
        blank={t('release.supervision.none')}
        value={form.supervision}
        error={errorFor('supervision')}
        options={SUPERVISION_TYPES.map((type) => ({ value: type, label: t(`release.supervision.${type}`) }))}
      />
      <Select
        name="officeId"
        label={t('release.route.office')}
        hint={
          data.coveringOffice
            ? t('release.route.officeHint', { office: data.coveringOffice.name[locale] })
            : t('release.route.noCoveringOffice')
        }
        blank={t('release.route.choose')}
        value={form.officeId}
        error={errorFor('officeId')}
        options={data.offices.map((office) => ({ value: office.id, label: office.name[locale] }))}
      />
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" safe>
        {t('release.route.save')}
      </button>
    </form>
  );
}

/** Where the handover stands — to send by its deadline, sent, acknowledged — and the button that sends it. */
export function HandoverSection({ context, personId, data }: Props): JSX.Element {
  const { t, locale, formatDate } = context.i18n;
  const plan = data.plan!;
  const office = data.offices.find((entry) => entry.id === plan.receivingOfficeId)?.name[locale] ?? '';
  const { standing, handover } = data;
  return (
    <section id="send">
      <h2 class="govuk-heading-m" safe>
        {t('release.handover.title')}
      </h2>
      {!standing ? (
        <p class="govuk-body" safe>
          {t('release.handover.notNeeded')}
        </p>
      ) : (
        <p class="govuk-body">
          <Tag text={t(`release.handoverStage.${standing.stage}`)} colour={standing.stage === 'acknowledged' ? 'green' : 'blue'} />{' '}
          {standing.overdue ? <Tag text={t('release.overdue')} colour="orange" /> : ''}{' '}
          <span safe>
            {handover
              ? t('release.handover.sentOn', { office, date: formatDate(handover.sentAt) })
              : t('release.handover.sendBy', { office, date: formatDate(standing.sendBy) })}
          </span>{' '}
          <span>{handover?.acknowledgedAt ? t('release.handover.acknowledgedOn', { date: formatDate(handover.acknowledgedAt) }) : ''}</span>
        </p>
      )}
      {handover ? (
        <p class="govuk-body">
          <a class="govuk-link" href={`/people/${personId}/release/handover`} safe>
            {t('release.handover.view')}
          </a>
        </p>
      ) : (
        ''
      )}
      {standing && !handover && data.mayPrepare ? (
        <form method="post" action={`/people/${personId}/release/handover`} novalidate>
          <CsrfField token={context.csrfToken} />
          <input type="hidden" name="version" value={String(plan.version)} />
          <p class="govuk-hint" safe>
            {t('release.handover.sendHint')}
          </p>
          <button type="submit" class="govuk-button" data-module="govuk-button" safe>
            {t('release.handover.send')}
          </button>
        </form>
      ) : (
        ''
      )}
    </section>
  );
}
