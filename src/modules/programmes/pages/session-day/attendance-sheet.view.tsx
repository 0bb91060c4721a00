import { CsrfField, type FieldError, Tag } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { SessionSheet } from '../../programmes.sessions.ts';
import { ABSENCE_REASONS } from '../../programmes.tables.ts';
import type { AttendanceForm } from './attendance.form.ts';

type Props = { context: PageContext; sheet: SessionSheet; form: AttendanceForm; errors: FieldError[]; today: string; returnTo: string };

/**
 * One session's attendance, made for a tablet: full-size GOV.UK radios (large targets, no hover), "present"
 * and "absent" side by side for each person, the absence reason revealed under "absent" (shown to all when
 * scripts do not run). A future session shows its list without the form: nothing can be attended yet.
 */
export function AttendanceSheet({ context, sheet, form, errors, today, returnTo }: Props): JSX.Element {
  const { t, locale, formatDate } = context.i18n;
  const { session, group } = sheet;
  const error = (field: string) => errors.find((entry) => entry.field === field)?.message;
  const heading = `${group.programme.title[locale]} — ${t('programmes.worklist.sessionDetail', {
    number: session.number,
    from: session.startsAt,
    to: session.endsAt,
    room: group.room,
  })}`;
  return (
    <section class="govuk-!-margin-bottom-8" aria-labelledby={`session-${session.id}`}>
      <h2 class="govuk-heading-m" id={`session-${session.id}`} safe>
        {heading}
      </h2>
      <p class="govuk-body">
        <span safe>{formatDate(session.heldOn)}</span>{' '}
        <Tag text={t(`programmes.sessionStatus.${session.status}`)} colour={session.status === 'held' ? 'green' : 'grey'} />
      </p>
      {session.heldOn > today ? (
        <p class="govuk-inset-text" safe>
          {t('programmes.refusal.session_in_future')}
        </p>
      ) : sheet.members.length === 0 ? (
        <p class="govuk-body" safe>
          {t('programmes.page.group.nobody')}
        </p>
      ) : (
        <form method="post" action={`/programmes/sessions/${session.id}`} novalidate>
          <CsrfField token={context.csrfToken} />
          <input type="hidden" name="returnTo" value={returnTo} />
          {sheet.members.map((member) => {
            const typed = form.marks[member.enrolmentId] ?? { mark: '', reason: '', note: '' };
            const id = member.enrolmentId;
            const markError = error(`mark-${id}`);
            const reasonError = error(`reason-${id}`);
            return (
              <div class={`govuk-form-group${markError || reasonError ? ' govuk-form-group--error' : ''}`}>
                <fieldset class="govuk-fieldset" id={`mark-${id}`}>
                  <legend class="govuk-fieldset__legend govuk-fieldset__legend--m" safe>
                    {member.name}
                  </legend>
                  {markError ? (
                    <p class="govuk-error-message" safe>
                      {markError}
                    </p>
                  ) : (
                    ''
                  )}
                  <div class="govuk-radios govuk-radios--inline" data-module="govuk-radios">
                    <div class="govuk-radios__item">
                      <input
                        class="govuk-radios__input"
                        id={`mark-${id}-present`}
                        name={`mark-${id}`}
                        type="radio"
                        value="present"
                        checked={typed.mark === 'present'}
                      />
                      <label class="govuk-label govuk-radios__label" for={`mark-${id}-present`} safe>
                        {t('programmes.page.attendance.present')}
                      </label>
                    </div>
                    <div class="govuk-radios__item">
                      <input
                        class="govuk-radios__input"
                        id={`mark-${id}-absent`}
                        name={`mark-${id}`}
                        type="radio"
                        value="absent"
                        checked={typed.mark === 'absent'}
                      />
                      <label class="govuk-label govuk-radios__label" for={`mark-${id}-absent`} safe>
                        {t('programmes.page.attendance.absent')}
                      </label>
                    </div>
                  </div>
                  {/* Always shown, not revealed by "absent": GOV.UK's conditional reveal is not for inline radios, and
                      the reason is two taps away on a tablet either way. Only an absence needs it. */}
                  <div class="govuk-!-margin-top-3" id={`absence-${id}`}>
                    <div class="govuk-form-group">
                      <label class="govuk-label" for={`reason-${id}`} safe>
                        {t('programmes.page.attendance.reason')}
                      </label>
                      {reasonError ? (
                        <p class="govuk-error-message" safe>
                          {reasonError}
                        </p>
                      ) : (
                        ''
                      )}
                      <select class={`govuk-select${reasonError ? ' govuk-select--error' : ''}`} id={`reason-${id}`} name={`reason-${id}`}>
                        <option value="" selected={typed.reason === ''}></option>
                        {ABSENCE_REASONS.map((reason) => (
                          <option value={reason} selected={typed.reason === reason} safe>
                            {t(`programmes.absence.${reason}`)}
                          </option>
                        ))}
                      </select>
                    </div>
                    <div class="govuk-form-group">
                      <label class="govuk-label" for={`note-${id}`} safe>
                        {t('programmes.page.attendance.note')}
                      </label>
                      <input class="govuk-input" id={`note-${id}`} name={`note-${id}`} type="text" value={typed.note} />
                    </div>
                  </div>
                </fieldset>
              </div>
            );
          })}
          <div class={`govuk-form-group${error('notes') ? ' govuk-form-group--error' : ''}`}>
            <label class="govuk-label govuk-label--s" for={`notes-${session.id}`} safe>
              {t('programmes.page.attendance.notes')}
            </label>
            <textarea class="govuk-textarea" id={`notes-${session.id}`} name="notes" rows="4" safe>
              {form.notes}
            </textarea>
          </div>
          <button type="submit" class="govuk-button govuk-!-width-full" data-module="govuk-button" safe>
            {t('programmes.page.attendance.save')}
          </button>
        </form>
      )}
    </section>
  );
}
