import type { LocalisedName } from '../../../../platform/org/org.tables.ts';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { PersonHeaderModel } from '../person-header.ts';
import { PersonLayout } from '../person-layout.tsx';
import type { PersonOverview } from './person.data.ts';
import { Heading, SummaryList } from './person.components.tsx';
import { PersonRecordTables } from './person.tables.view.tsx';

/** `/people/:id`: who the person is, in summary lists, with the actions the user may take on the record. */
export function PersonOverviewView({
  context,
  header,
  overview,
}: {
  context: PageContext;
  header: PersonHeaderModel;
  overview: PersonOverview;
}) {
  const { t, locale, formatDate } = context.i18n;
  const { person, may } = overview;
  const empty = t('people.page.notRecorded');
  const where = (address: string | null, district: LocalisedName | null) =>
    [address, district?.[locale]].filter(Boolean).join(' — ') || null;
  const actions = [
    may.edit ? { href: `/people/${person.id}/edit`, text: t('people.page.action.edit') } : null,
    may.edit ? { href: `/people/${person.id}/pin`, text: t('people.page.action.pin') } : null,
    may.alerts ? { href: `/people/${person.id}/alerts#add-alert`, text: t('people.page.action.addAlert') } : null,
    context.user?.permissions.has('people:subject_access')
      ? { href: `/people/${person.id}/subject-access`, text: t('subjectAccess.page.link') }
      : null,
  ].filter((action) => action !== null);
  return (
    <PersonLayout context={context} person={header} tab="overview" title={t('people.tab.overview')}>
      <h1 class="govuk-heading-l" safe>
        {t('people.tab.overview')}
      </h1>
      {actions.length > 0 ? (
        <nav class="kadam-person-actions" aria-label={t('people.page.actions')}>
          <ul class="govuk-list kadam-person-actions__list">
            {actions.map((action) => (
              <li>
                <a class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" href={action.href} safe>
                  {action.text}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : (
        ''
      )}
      <Heading text={t('people.page.section.names')} />
      <SummaryList
        empty={empty}
        rows={[
          { key: t('people.page.field.cyrillicName'), value: header.name },
          { key: t('people.page.field.latinName'), value: header.latinName },
          {
            key: t('people.page.field.aliases'),
            value: overview.aliases.map((alias) => `${alias.name} (${t(`people.page.alias.${alias.kind}`)})`).join('; '),
          },
        ]}
      />
      <Heading text={t('people.page.section.personal')} />
      <SummaryList
        empty={empty}
        rows={[
          {
            key: t('people.page.field.dateOfBirth'),
            value: t('people.page.field.dateOfBirthValue', { date: formatDate(person.dateOfBirth), age: header.age }),
          },
          { key: t('people.page.field.sex'), value: t(`people.sex.${person.sex}`) },
          { key: t('people.page.field.citizenship'), value: person.citizenship },
          { key: t('people.page.field.languages'), value: person.languages.join(', ') },
          { key: t('people.page.field.preferredLanguage'), value: person.preferredLanguage },
          { key: t('people.page.field.education'), value: person.education ? t(`people.page.education.${person.education}`) : null },
          { key: t('people.page.field.occupation'), value: person.occupation },
          {
            key: t('people.page.field.maritalStatus'),
            value: person.maritalStatus ? t(`people.page.marital.${person.maritalStatus}`) : null,
          },
          { key: t('people.page.field.dependants'), value: person.dependants === null ? null : String(person.dependants) },
        ]}
      />
      {may.seeSensitive ? (
        <>
          <Heading text={t('people.page.section.sensitive')} />
          <SummaryList
            empty={empty}
            rows={[
              { key: t('people.page.field.ethnicity'), value: person.ethnicity },
              { key: t('people.page.field.disability'), value: person.disability },
            ]}
          />
        </>
      ) : (
        ''
      )}
      <Heading text={t('people.page.section.addresses')} />
      <SummaryList
        empty={empty}
        rows={[
          { key: t('people.page.field.registeredAddress'), value: where(person.registeredAddress, overview.districts.registered) },
          { key: t('people.page.field.actualAddress'), value: where(person.actualAddress, overview.districts.actual) },
        ]}
      />
      <PersonRecordTables context={context} overview={overview} />
    </PersonLayout>
  );
}
