import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { PersonOverview } from './person.data.ts';
import { Heading, None, SimpleTable, SummaryList } from './person.components.tsx';

/** The overview's lists: contacts and next of kin, identity documents, and the PIN with its history. */
export function PersonRecordTables({ context, overview }: { context: PageContext; overview: PersonOverview }): JSX.Element {
  const { t, formatDate } = context.i18n;
  const { person } = overview;
  const none = t('people.page.noneRecorded');
  const date = (value: string | null) => (value ? formatDate(value) : null);
  return (
    <>
      <Heading text={t('people.page.section.contacts')} />
      {overview.contacts.length === 0 ? (
        <None text={none} />
      ) : (
        <SummaryList
          empty={t('people.page.notRecorded')}
          rows={overview.contacts.map((contact) => ({
            key: t(`people.page.contact.${contact.kind}`),
            value: [contact.name, contact.relationship ? `(${contact.relationship})` : null, contact.value, contact.address]
              .filter(Boolean)
              .join(' '),
          }))}
        />
      )}
      <Heading text={t('people.page.section.documents')} />
      {overview.documents.length === 0 ? (
        <None text={none} />
      ) : (
        <SimpleTable
          head={[
            t('people.page.column.type'),
            t('people.page.column.number'),
            t('people.page.column.issuedBy'),
            t('people.page.column.issuedOn'),
            t('people.page.column.expiresOn'),
            t('people.page.column.country'),
          ]}
          rows={overview.documents.map((document) => [
            t(`people.page.document.${document.kind}`),
            document.number,
            document.issuedBy,
            date(document.issuedOn),
            date(document.expiresOn),
            document.country,
          ])}
        />
      )}
      <Heading text={t('people.page.section.pin')} />
      <SummaryList
        empty={t('people.page.notRecorded')}
        rows={
          person.pin
            ? [{ key: t('people.page.field.pin'), value: person.pin }]
            : [{ key: t('people.page.field.noPinReason'), value: t(`people.noPin.${person.noPinReason ?? 'unknown'}`) }]
        }
      />
      {overview.pinHistory.length === 0 ? (
        ''
      ) : (
        <>
          <h3 class="govuk-heading-s" safe>
            {t('people.page.pinHistory')}
          </h3>
          <SimpleTable
            head={[
              t('people.page.column.date'),
              t('people.page.column.previousPin'),
              t('people.page.column.newPin'),
              t('people.page.column.reason'),
            ]}
            rows={overview.pinHistory.map((change) => [
              formatDate(change.changedOn),
              change.previousPin ?? t('people.page.noPin'),
              change.newPin ?? t('people.page.noPin'),
              change.reason,
            ])}
          />
        </>
      )}
    </>
  );
}
