import { CsrfField, ErrorSummary, type FieldError, Select, TextInput, Textarea } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { ProgrammeRow } from '../../programmes.catalogue.ts';
import type { SessionRow } from '../../programmes.groups.queries.ts';
import type { FacilitatorOption, UnitOption } from '../../programmes.scope.ts';
import { DELIVERY_LANGUAGES } from '../../programmes.tables.ts';
import type { GroupForm } from './group.form.ts';

export type GroupFormPage = {
  /** Absent for a new group; an edit keeps the programme and unit it was created with. */
  existing?: { id: string; title: string; unitName: string; kept: SessionRow[] };
  programmes: ProgrammeRow[];
  units: UnitOption[];
  facilitators: FacilitatorOption[];
  form: GroupForm;
  errors: FieldError[];
};

/** The new-group and edit-group form: programme, unit, facilitator, room and places, language and schedule. */
export function GroupFormView({ context, page }: { context: PageContext; page: GroupFormPage }): JSX.Element {
  const { t, locale, formatDate } = context.i18n;
  const { form, existing } = page;
  const error = (field: keyof GroupForm) => page.errors.find((entry) => entry.field === field)?.message;
  const label = (field: keyof GroupForm) => t(`programmes.page.group.${field}`);
  const title = existing ? t('programmes.page.groups.editTitle', { title: existing.title }) : t('programmes.page.groups.new');
  const action = existing ? `/programmes/groups/${existing.id}/edit` : '/programmes/groups/new';
  return (
    <Layout context={context} title={title}>
      <a href={existing ? `/programmes/groups/${existing.id}` : '/programmes/groups'} class="govuk-back-link" safe>
        {t('programmes.page.back')}
      </a>
      <ErrorSummary title={t('error.summaryTitle')} errors={page.errors} />
      <h1 class="govuk-heading-l" safe>
        {title}
      </h1>
      <form method="post" action={action} novalidate>
        <CsrfField token={context.csrfToken} />
        {existing ? (
          <>
            <input type="hidden" name="version" value={form.version} />
            <p class="govuk-body" safe>
              {`${existing.title} — ${existing.unitName}`}
            </p>
          </>
        ) : (
          <>
            <Select
              name="programmeCode"
              label={label('programmeCode')}
              value={form.programmeCode}
              error={error('programmeCode')}
              blank=""
              options={page.programmes.map((programme) => ({ value: programme.code, label: programme.title[locale] }))}
            />
            <Select
              name="unitId"
              label={label('unitId')}
              value={form.unitId}
              error={error('unitId')}
              blank=""
              options={page.units.map((unit) => ({ value: unit.id, label: unit.name[locale] }))}
            />
          </>
        )}
        <Select
          name="facilitatorId"
          label={label('facilitatorId')}
          value={form.facilitatorId}
          error={error('facilitatorId')}
          blank=""
          options={page.facilitators.map((user) => ({ value: user.id, label: user.displayName }))}
        />
        <TextInput name="room" label={label('room')} value={form.room} error={error('room')} width={20} />
        <TextInput name="roomPlaces" label={label('roomPlaces')} value={form.roomPlaces} error={error('roomPlaces')} width={10} />
        <TextInput
          name="capacity"
          label={label('capacity')}
          hint={t('programmes.page.hint.capacity')}
          value={form.capacity}
          error={error('capacity')}
          width={10}
        />
        <Select
          name="language"
          label={label('language')}
          value={form.language}
          error={error('language')}
          blank=""
          options={DELIVERY_LANGUAGES.map((language) => ({ value: language, label: t(`people.record.language.${language}`) }))}
        />
        {existing && existing.kept.length > 0 ? (
          <div class="govuk-inset-text">
            <p class="govuk-body" safe>
              {t('programmes.page.groups.keptSessions')}
            </p>
            <ul class="govuk-list">
              {existing.kept.map((session) => (
                <li safe>{`${session.number}. ${formatDate(session.heldOn)} ${session.startsAt}–${session.endsAt}`}</li>
              ))}
            </ul>
          </div>
        ) : (
          ''
        )}
        <Textarea
          name="sessions"
          label={label('sessions')}
          hint={t('programmes.page.hint.sessions')}
          value={form.sessions}
          error={error('sessions')}
          rows={10}
        />
        <button type="submit" class="govuk-button" data-module="govuk-button" safe>
          {t('programmes.page.save')}
        </button>
      </form>
    </Layout>
  );
}
