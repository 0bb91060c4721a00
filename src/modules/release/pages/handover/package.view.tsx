import type { MessageKey } from '../../../../platform/i18n/catalog.ts';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { HandoverPackage } from '../../release.package.ts';

const Row = ({ label, value }: { label: string; value: string }) => (
  <div class="govuk-summary-list__row">
    <dt class="govuk-summary-list__key" safe>
      {label}
    </dt>
    <dd class="govuk-summary-list__value" safe>
      {value}
    </dd>
  </div>
);

const RISKS = ['violence', 'influence', 'vulnerability', 'reoffending'] as const;

/** The frozen package as both sides read it: the person, the release, assessments, classification and plans. */
export function PackageView({ context, pack, sentAt }: { context: PageContext; pack: HandoverPackage; sentAt: Date }): JSX.Element {
  const { t, locale, formatDate } = context.i18n;
  const decision = pack.classification?.decision as Record<string, string | null> | undefined;
  return (
    <>
      <p class="govuk-inset-text" safe>
        {t('release.package.frozen', { date: formatDate(sentAt) })}
      </p>
      <h2 class="govuk-heading-m" safe>
        {t('release.package.person')}
      </h2>
      <dl class="govuk-summary-list">
        <Row label={t('release.package.name')} value={[pack.person.name, pack.person.latinName].filter(Boolean).join(' / ')} />
        <Row label={t('release.package.dateOfBirth')} value={formatDate(pack.person.dateOfBirth)} />
        <Row label={t('release.package.pin')} value={pack.person.pin ?? ''} />
        <Row label={t('release.package.address')} value={pack.person.actualAddress ?? pack.person.registeredAddress ?? ''} />
        <Row label={t('release.package.district')} value={pack.person.district?.[locale] ?? ''} />
      </dl>
      <h2 class="govuk-heading-m" safe>
        {t('release.package.release')}
      </h2>
      <dl class="govuk-summary-list">
        <Row label={t('release.route.releaseOn')} value={formatDate(pack.release.releaseOn)} />
        <Row label={t('release.route.releaseType')} value={t(`release.releaseType.${pack.release.releaseType}` as MessageKey)} />
        <Row label={t('release.route.supervision')} value={t(`release.supervision.${pack.release.supervision}` as MessageKey)} />
        <Row label={t('release.package.from')} value={pack.release.fromUnit[locale]} />
        <Row label={t('release.package.to')} value={pack.release.toOffice[locale]} />
      </dl>
      <h2 class="govuk-heading-m" safe>
        {t('release.package.assessments')}
      </h2>
      {pack.assessments.length === 0 ? (
        <p class="govuk-body" safe>
          {t('release.package.noAssessments')}
        </p>
      ) : (
        <ul class="govuk-list govuk-list--bullet">
          {pack.assessments.map((assessment) => (
            <li safe>
              {[
                assessment.instrumentCode,
                assessment.reviewedAt ? formatDate(assessment.reviewedAt.slice(0, 10)) : '',
                assessment.nextReviewDate ? t('release.package.nextReview', { date: formatDate(assessment.nextReviewDate) }) : '',
              ]
                .filter(Boolean)
                .join(' — ')}
            </li>
          ))}
        </ul>
      )}
      <h2 class="govuk-heading-m" safe>
        {t('release.package.classification')}
      </h2>
      {decision ? (
        <dl class="govuk-summary-list">
          <Row
            label={t('assessments.classification.category')}
            value={t(`assessments.classification.category.${decision.category ?? 'general'}` as MessageKey)}
          />
          {RISKS.map((risk) => (
            <Row
              label={t(`assessments.classification.risk.${risk}`)}
              value={
                decision[risk] ? t(`assessments.label.level.${decision[risk]}` as MessageKey) : t('assessments.classification.notAssessed')
              }
            />
          ))}
        </dl>
      ) : (
        <p class="govuk-body" safe>
          {t('release.package.noClassification')}
        </p>
      )}
      <h2 class="govuk-heading-m" safe>
        {t('release.package.plan')}
      </h2>
      <PlanView context={context} plan={pack.plan} />
      <h2 class="govuk-heading-m" safe>
        {t('release.package.preReleasePlan')}
      </h2>
      {pack.preReleasePlan.pathways.map((pathway) => (
        <>
          <h3 class="govuk-heading-s" safe>
            {`${t(`release.pathway.${pathway.pathway}` as MessageKey)} — ${t(`release.pathwayStatus.${pathway.status}` as MessageKey)}`}
          </h3>
          <p class="govuk-body" safe>
            {pathway.needs}
          </p>
          <ul class="govuk-list govuk-list--bullet">
            {pathway.actions.map((action) => (
              <li safe>
                {`${action.what} — ${action.who}, ${formatDate(action.targetOn)} (${t(`release.actionStatus.${action.status}` as MessageKey)})`}
              </li>
            ))}
          </ul>
        </>
      ))}
    </>
  );
}

/** The individual plan as frozen: whether and when it was approved, then each objective with its actions. */
function PlanView({ context, plan }: { context: PageContext; plan: HandoverPackage['plan'] }): JSX.Element {
  const { t, formatDate } = context.i18n;
  if (!plan)
    return (
      <p class="govuk-body" safe>
        {t('release.package.noPlan')}
      </p>
    );
  return (
    <>
      <p class="govuk-body" safe>
        {plan.approvedBy && plan.approvedAt
          ? t('release.package.planApproved', { name: plan.approvedBy, date: formatDate(plan.approvedAt.slice(0, 10)) })
          : t('release.package.planNotApproved')}
      </p>
      {plan.objectives.map((objective) => (
        <>
          <h3 class="govuk-heading-s" safe>
            {objective.wording}
          </h3>
          <ul class="govuk-list govuk-list--bullet">
            {objective.actions.map((action) => (
              <li safe>
                {`${action.description} — ${action.responsible ?? ''}, ${formatDate(action.targetDate)} (${t(`release.actionStatus.${action.status}` as MessageKey)})`}
              </li>
            ))}
          </ul>
        </>
      ))}
    </>
  );
}
