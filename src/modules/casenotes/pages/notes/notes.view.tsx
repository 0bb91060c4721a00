import { ErrorSummary, type FieldError, Tag } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { PersonLayout, type PersonHeaderModel } from '../../../people/people.service.ts';
import type { CurrentNote } from '../../casenotes.repository.ts';
import type { NoteFormValues } from './note-form.ts';
import { NoteFields, Notice } from './note-fields.view.tsx';

export type NotesPage = {
  notes: CurrentNote[];
  mayWrite: boolean;
  form: NoteFormValues;
  errors: FieldError[];
  notice?: string | undefined;
};

/** `/people/:id/notes`: the notes the reader may read, newest first, then the form to write one. */
export function NotesView({ context, header, page }: { context: PageContext; header: PersonHeaderModel; page: NotesPage }) {
  const { t } = context.i18n;
  return (
    <PersonLayout context={context} person={header} tab="notes" title={t('people.tab.notes')}>
      <Notice text={page.notice} />
      <ErrorSummary title={t('error.summaryTitle')} errors={page.errors} />
      <h1 class="govuk-heading-l" safe>
        {t('people.tab.notes')}
      </h1>
      <p class="govuk-body" safe>
        {t('casenotes.lead')}
      </p>
      {page.notes.length === 0 ? (
        <p class="govuk-body" data-notes="none" safe>
          {t('casenotes.none')}
        </p>
      ) : (
        page.notes.map((row) => <NoteCard context={context} personId={header.id} row={row} />)
      )}
      {page.mayWrite ? (
        <form method="post" action={`/people/${header.id}/notes`} novalidate>
          <input type="hidden" name="_csrf" value={context.csrfToken} />
          <h2 class="govuk-heading-m" safe>
            {t('casenotes.add.title')}
          </h2>
          <NoteFields context={context} values={page.form} errors={page.errors} />
          <button type="submit" class="govuk-button" data-module="govuk-button" safe>
            {t('casenotes.save')}
          </button>
        </form>
      ) : (
        ''
      )}
    </PersonLayout>
  );
}

function NoteCard({ context, personId, row }: { context: PageContext; personId: string; row: CurrentNote }): JSX.Element {
  const { t, formatDate, formatDateTime } = context.i18n;
  const { note, current } = row;
  const sensitive = current.sensitivity !== 'ordinary';
  return (
    <div class="govuk-summary-card" data-note-id={note.id} data-sensitivity={current.sensitivity}>
      <div class="govuk-summary-card__title-wrapper">
        <h2 class="govuk-summary-card__title" safe>
          {`${formatDate(current.occurredOn)} — ${t(`casenotes.type.${current.type}`)}`}
        </h2>
        <ul class="govuk-summary-card__actions">
          {sensitive ? (
            <li class="govuk-summary-card__action">
              <Tag text={t(`casenotes.sensitivity.${current.sensitivity}`)} colour="purple" />
            </li>
          ) : (
            ''
          )}
          {note.currentVersion > 1 ? (
            <li class="govuk-summary-card__action">
              <Tag text={t('casenotes.correctedTag')} colour="grey" />
            </li>
          ) : (
            ''
          )}
        </ul>
      </div>
      <div class="govuk-summary-card__content">
        <p class="govuk-body kadam-preserve-lines" safe>
          {current.text}
        </p>
        <p class="govuk-body-s" safe>
          {t('casenotes.writtenBy', { name: row.authorName ?? '—', date: formatDateTime(note.createdAt) })}
        </p>
        {note.currentVersion > 1 ? (
          <p class="govuk-body-s" safe>
            {t('casenotes.correctedBy', { name: row.correctorName ?? '—', date: formatDateTime(current.writtenAt) })}
          </p>
        ) : (
          ''
        )}
        <a class="govuk-link" href={`/people/${personId}/notes/${note.id}`} safe>
          {t('casenotes.open')}
        </a>
      </div>
    </div>
  );
}
