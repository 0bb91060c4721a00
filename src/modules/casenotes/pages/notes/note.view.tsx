import { ErrorSummary, type FieldError, Tag, Textarea } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { PersonLayout, type PersonHeaderModel } from '../../../people/people.service.ts';
import type { NoteVersion } from '../../casenotes.repository.ts';
import type { NoteFormValues } from './note-form.ts';
import { NoteFields, Notice } from './note-fields.view.tsx';

export type NotePage = {
  noteId: string;
  versions: NoteVersion[];
  mayWrite: boolean;
  form: NoteFormValues;
  errors: FieldError[];
  notice?: string | undefined;
};

/** `/people/:id/notes/:noteId`: every version of the note, newest first, each with who wrote it and why. */
export function NoteView({ context, header, page }: { context: PageContext; header: PersonHeaderModel; page: NotePage }) {
  const { t } = context.i18n;
  const reasonError = page.errors.find((error) => error.field === 'reason')?.message;
  return (
    <PersonLayout context={context} person={header} tab="notes" title={t('casenotes.note.title')}>
      <a class="govuk-back-link" href={`/people/${header.id}/notes`} safe>
        {t('casenotes.back')}
      </a>
      <Notice text={page.notice} />
      <ErrorSummary title={t('error.summaryTitle')} errors={page.errors} />
      <h1 class="govuk-heading-l" safe>
        {t('casenotes.note.title')}
      </h1>
      <h2 class="govuk-heading-m" safe>
        {t('casenotes.versions')}
      </h2>
      {page.versions.map((row) => (
        <VersionCard context={context} row={row} />
      ))}
      {page.mayWrite ? (
        <form method="post" action={`/people/${header.id}/notes/${page.noteId}/correct`} novalidate>
          <input type="hidden" name="_csrf" value={context.csrfToken} />
          <input type="hidden" name="version" value={page.form.version} />
          <h2 class="govuk-heading-m" safe>
            {t('casenotes.correct.title')}
          </h2>
          <p class="govuk-body" safe>
            {t('casenotes.correct.lead')}
          </p>
          <NoteFields context={context} values={page.form} errors={page.errors} />
          <Textarea name="reason" label={t('casenotes.field.reason')} value={page.form.reason} error={reasonError} rows={2} />
          <button type="submit" class="govuk-button" data-module="govuk-button" safe>
            {t('casenotes.correct.save')}
          </button>
        </form>
      ) : (
        ''
      )}
    </PersonLayout>
  );
}

function VersionCard({ context, row }: { context: PageContext; row: NoteVersion }): JSX.Element {
  const { t, formatDate, formatDateTime } = context.i18n;
  const { version } = row;
  const line = (key: string, value: string) => (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key" safe>
        {key}
      </dt>
      <dd class="govuk-summary-list__value kadam-preserve-lines" safe>
        {value}
      </dd>
    </div>
  );
  return (
    <div class="govuk-summary-card" data-version={String(version.version)}>
      <div class="govuk-summary-card__title-wrapper">
        <h3 class="govuk-summary-card__title" safe>
          {t('casenotes.version', { number: String(version.version) })}
        </h3>
        {version.sensitivity === 'ordinary' ? '' : <Tag text={t(`casenotes.sensitivity.${version.sensitivity}`)} colour="purple" />}
      </div>
      <div class="govuk-summary-card__content">
        <dl class="govuk-summary-list">
          {line(t('casenotes.field.type'), t(`casenotes.type.${version.type}`))}
          {line(t('casenotes.field.sensitivity'), t(`casenotes.sensitivity.${version.sensitivity}`))}
          {line(t('casenotes.field.occurredOn'), formatDate(version.occurredOn))}
          {line(t('casenotes.field.text'), version.text)}
          {version.reason ? line(t('casenotes.field.reason'), version.reason) : ''}
        </dl>
        <p class="govuk-body-s" safe>
          {t(version.version === 1 ? 'casenotes.writtenBy' : 'casenotes.correctedBy', {
            name: row.writerName ?? '—',
            date: formatDateTime(version.writtenAt),
          })}
        </p>
      </div>
    </div>
  );
}
