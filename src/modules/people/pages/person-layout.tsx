import { Tag } from '../../../platform/views/components.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import type { PageContext } from '../../../platform/views/page-context.ts';
import type { PersonHeaderModel } from './person-header.ts';

/** The person's sections, in the order staff asked for them; later modules fill the ones still empty. */
export const PERSON_TABS = [
  'overview',
  'history',
  'alerts',
  'timeline',
  'notes',
  'assessments',
  'plan',
  'release',
  'placement',
  'probation',
  'programmes',
  'referrals',
  'concerns',
  'associations',
  'documents',
] as const;
export type PersonTab = (typeof PERSON_TABS)[number];

export const personTabHref = (personId: string, tab: PersonTab) =>
  tab === 'overview' ? `/people/${personId}` : `/people/${personId}/${tab}`;

type Props = {
  context: PageContext;
  person: PersonHeaderModel;
  tab: PersonTab;
  title: string;
  children?: JSX.Element | (JSX.Element | JSX.Element[])[];
};

/** Every page about a person: the header band (who, where, which alerts) and the section tabs above the content. */
export function PersonLayout({ context, person, tab, title, children }: Props): JSX.Element {
  const { t } = context.i18n;
  // Children are rendered JSX, already escaped where they were built.
  const safeChildren = children ?? '';
  return (
    <Layout context={context} title={`${title} — ${person.name}`}>
      <PersonHeaderBand context={context} person={person} />
      <nav class="moj-sub-navigation" aria-label={t('people.tabs.label')}>
        <ul class="moj-sub-navigation__list">
          {PERSON_TABS.map((entry) => (
            <li class="moj-sub-navigation__item">
              <a
                class="moj-sub-navigation__link"
                href={personTabHref(person.id, entry)}
                aria-current={entry === tab ? 'page' : undefined}
                safe
              >
                {t(`people.tab.${entry}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <>{safeChildren}</>
    </Layout>
  );
}

export function PersonHeaderBand({ context, person }: { context: PageContext; person: PersonHeaderModel }): JSX.Element {
  const { t, locale, formatDate } = context.i18n;
  return (
    <div class="kadam-person-header" aria-label={t('people.header.label')} role="region">
      <div class="kadam-person-header__photo" aria-hidden="true" safe>
        {t('people.header.photo')}
      </div>
      <div class="kadam-person-header__identity">
        <p class="govuk-heading-m kadam-person-header__name" safe>
          {person.name}
        </p>
        {person.latinName ? (
          <p class="govuk-body-s kadam-person-header__latin" lang="en" safe>
            {person.latinName}
          </p>
        ) : (
          ''
        )}
        <dl class="kadam-person-header__facts">
          <div>
            <dt safe>{t('people.header.pin')}</dt>
            <dd safe>{person.pin ?? `${t('people.header.noPin')} (${t(`people.noPin.${person.noPinReason ?? 'unknown'}`)})`}</dd>
          </div>
          <div>
            <dt safe>{t('people.header.born', { date: formatDate(person.dateOfBirth), age: person.age })}</dt>
          </div>
          <div>
            <dt safe>{t('people.header.status')}</dt>
            <dd safe>{t(`people.status.${person.legalStatus}`)}</dd>
          </div>
          <div>
            <dt safe>{t('people.header.location')}</dt>
            <dd safe>{person.location?.[locale] ?? ''}</dd>
          </div>
        </dl>
      </div>
      <div class="kadam-person-header__alerts">
        <p class="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1" safe>
          {t('people.header.alerts')}
        </p>
        {person.alerts.length === 0 ? (
          <p class="govuk-body-s" safe>
            {t('people.header.noAlerts')}
          </p>
        ) : (
          <ul class="govuk-list">
            {person.alerts.map((type) => (
              <li>
                <Tag text={t(`people.alert.${type}`)} colour="orange" />
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** A section whose module has not arrived yet: says so plainly rather than showing an empty page. */
export function NotYetSection({ context }: { context: PageContext }): JSX.Element {
  return (
    <p class="govuk-body" safe>
      {context.i18n.t('people.tab.notYet')}
    </p>
  );
}
