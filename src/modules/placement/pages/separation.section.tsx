import { CsrfField, type FieldError, TextInput } from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/page-context.ts';
import { userDateOf } from '../../people/people.service.ts';
import type { SeparationRecord } from '../separation.records.ts';

/**
 * The person's separation: the count against the limit (a warning before it, at it and past it), the open
 * period with its end form, extensions (asked for, approved by a second person) and the start form.
 */
export function SeparationSection(props: {
  context: PageContext;
  personId: string;
  record: SeparationRecord;
  may: { move: boolean; approve: boolean };
  userId: string;
  errors: FieldError[];
}) {
  const { context, record, may } = props;
  const { t } = context.i18n;
  const { count } = record;
  const open = record.periods.find((period) => period.endedOn === null);
  const { personId } = props;
  const error = (field: string) => props.errors.find((entry) => entry.field === field)?.message;
  const warn = count.status === 'approaching' || count.status === 'at_limit' || count.status === 'over_limit';
  const status = t(`placement.separation.status.${count.status}`, { days: count.consecutiveDays, limit: userDateOf(count.limitOn) });
  const extensions = open ? record.extensions.filter((extension) => extension.periodId === open.id) : [];
  return (
    <section data-separation>
      <h2 class="govuk-heading-m" safe>
        {t('placement.page.separation')}
      </h2>
      {warn ? (
        <div class="govuk-warning-text" data-separation-warning={count.status}>
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text" safe>
            {status}
          </strong>
        </div>
      ) : (
        <p class="govuk-body" safe>
          {status}
        </p>
      )}
      {extensions.length > 0 ? (
        <ul class="govuk-list">
          {extensions.map((extension) => (
            <li>
              <span safe>{`${t('placement.page.until')}: ${userDateOf(extension.until)} — ${extension.reason} — `}</span>
              {extension.approvedBy ? (
                <span safe>{t('placement.page.approvedBy', { date: userDateOf(extension.until) })}</span>
              ) : (
                <>
                  <span safe>{t('placement.page.pending')}</span>
                  {may.approve && extension.requestedBy !== props.userId ? (
                    <form method="post" action={`/people/${personId}/separation/extensions/${extension.id}`} class="govuk-!-display-inline">
                      <CsrfField token={context.csrfToken} />
                      <button class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-left-2" safe>
                        {t('placement.page.approve')}
                      </button>
                    </form>
                  ) : (
                    ''
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      ) : (
        ''
      )}
      {may.move && open ? (
        <>
          <form method="post" action={`/people/${personId}/separation/extensions`} novalidate>
            <CsrfField token={context.csrfToken} />
            <TextInput name="until" label={t('placement.page.until')} value="" error={error('until')} width={10} />
            <TextInput name="extensionReason" label={t('placement.page.reason')} value="" error={error('extensionReason')} />
            <button class="govuk-button govuk-button--secondary" safe>
              {t('placement.page.requestExtension')}
            </button>
          </form>
          <form method="post" action={`/people/${personId}/separation`} novalidate>
            <CsrfField token={context.csrfToken} />
            <input type="hidden" name="action" value="end" />
            <input type="hidden" name="version" value={String(open.version)} />
            <TextInput name="date" label={t('placement.page.endedOn')} value="" error={error('date')} width={10} />
            <button class="govuk-button govuk-button--secondary" safe>
              {t('placement.page.endSeparation')}
            </button>
          </form>
        </>
      ) : (
        ''
      )}
      {may.move && !open ? (
        <form method="post" action={`/people/${personId}/separation`} novalidate>
          <CsrfField token={context.csrfToken} />
          <input type="hidden" name="action" value="start" />
          <TextInput name="date" label={t('placement.page.startedOn')} value="" error={error('date')} width={10} />
          <TextInput name="separationReason" label={t('placement.page.reason')} value="" error={error('separationReason')} />
          <button class="govuk-button govuk-button--secondary" safe>
            {t('placement.page.startSeparation')}
          </button>
        </form>
      ) : (
        ''
      )}
    </section>
  );
}
