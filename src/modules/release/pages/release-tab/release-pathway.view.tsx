import { CsrfField, type Option, Tag, Textarea } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { PathwayRow } from '../../release.repository.ts';
import { ACTION_STATUSES, PATHWAY_STATUSES } from '../../release.tables.ts';
import type { ReleaseTabData, ReleaseTabState } from './release-tab.data.ts';

type Props = { context: PageContext; personId: string; data: ReleaseTabData; pathway: PathwayRow; state: ReleaseTabState };

/** One reintegration pathway: its needs and status, its actions (each with its own status), and a new action. */
export function PathwaySection({ context, personId, data, pathway, state }: Props): JSX.Element {
  const { t, formatDate } = context.i18n;
  const code = pathway.pathway;
  const errorFor = (field: string) => state.errors?.find((error) => error.field === field)?.message;
  const typed = state.pathway?.pathway === code ? state.pathway : null;
  const action = state.action?.pathway === code ? state.action : { what: '', who: '', targetOn: '' };
  const actions = data.actions.filter((entry) => entry.pathwayId === pathway.id);
  const base = `/people/${personId}/release`;
  return (
    <section class="govuk-!-margin-bottom-8" id={`pathway-${code}`}>
      <h3 class="govuk-heading-m">
        <span safe>{t(`release.pathway.${code}`)}</span> <Tag text={t(`release.pathwayStatus.${pathway.status}`)} colour="grey" />
      </h3>
      {data.mayPrepare ? (
        <form method="post" action={`${base}/pathways/${code}`} novalidate>
          <CsrfField token={context.csrfToken} />
          <input type="hidden" name="version" value={typed?.version ?? String(pathway.version)} />
          <Textarea
            name="needs"
            id={`needs-${code}`}
            label={t('release.pathway.needs')}
            value={typed?.needs ?? pathway.needs}
            error={errorFor(`needs-${code}`)}
          />
          <IdSelect
            id={`status-${code}`}
            label={t('release.pathway.status')}
            value={typed?.status ?? pathway.status}
            error={errorFor(`status-${code}`)}
            options={PATHWAY_STATUSES.map((status) => ({ value: status, label: t(`release.pathwayStatus.${status}`) }))}
          />
          <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" safe>
            {t('release.pathway.save')}
          </button>
        </form>
      ) : (
        <p class="govuk-body" safe>
          {pathway.needs}
        </p>
      )}
      {actions.length === 0 ? (
        <p class="govuk-body" safe>
          {t('release.action.none')}
        </p>
      ) : (
        <table class="govuk-table">
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              {(['what', 'who', 'targetOn', 'status'] as const).map((column) => (
                <th scope="col" class="govuk-table__header" safe>
                  {t(`release.action.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {actions.map((entry) => (
              <tr class="govuk-table__row">
                <td class="govuk-table__cell" safe>
                  {entry.what}
                </td>
                <td class="govuk-table__cell" safe>
                  {entry.who}
                </td>
                <td class="govuk-table__cell" safe>
                  {formatDate(entry.targetOn)}
                </td>
                <td class="govuk-table__cell">
                  {data.mayPrepare ? (
                    <form method="post" action={`${base}/actions/${entry.id}`} novalidate>
                      <CsrfField token={context.csrfToken} />
                      <input type="hidden" name="version" value={String(entry.version)} />
                      <IdSelect
                        id={`actionStatus-${entry.id}`}
                        label={t('release.action.status')}
                        value={entry.status}
                        error={errorFor(`actionStatus-${entry.id}`)}
                        options={ACTION_STATUSES.map((status) => ({ value: status, label: t(`release.actionStatus.${status}`) }))}
                      />
                      <button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" safe>
                        {t('release.action.update')}
                      </button>
                    </form>
                  ) : (
                    <span safe>{t(`release.actionStatus.${entry.status}`)}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data.mayPrepare ? (
        <form method="post" action={`${base}/pathways/${code}/actions`} novalidate>
          <CsrfField token={context.csrfToken} />
          <Field name="what" code={code} label={t('release.action.what')} value={action.what} error={errorFor(`what-${code}`)} />
          <Field name="who" code={code} label={t('release.action.who')} value={action.who} error={errorFor(`who-${code}`)} />
          <Field
            name="targetOn"
            code={code}
            label={t('release.action.targetOn')}
            hint={t('release.route.dateHint')}
            value={action.targetOn}
            error={errorFor(`targetOn-${code}`)}
          />
          <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" safe>
            {t('release.action.add')}
          </button>
        </form>
      ) : (
        ''
      )}
    </section>
  );
}

/** A text field whose id names its pathway (six forms share a page) while the posted name stays plain. */
function Field(props: { name: string; code: string; label: string; value: string; error?: string | undefined; hint?: string }) {
  const id = `${props.name}-${props.code}`;
  return (
    <div class={`govuk-form-group${props.error ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label" for={id} safe>
        {props.label}
      </label>
      {props.hint ? (
        <div class="govuk-hint" id={`${id}-hint`} safe>
          {props.hint}
        </div>
      ) : (
        ''
      )}
      {props.error ? (
        <p class="govuk-error-message" id={`${id}-error`} safe>
          {props.error}
        </p>
      ) : (
        ''
      )}
      <input class={`govuk-input${props.error ? ' govuk-input--error' : ''}`} id={id} name={props.name} type="text" value={props.value} />
    </div>
  );
}

/** A select posted as `status` whose id is unique on the page (every pathway and action has one). */
function IdSelect(props: { id: string; label: string; value: string; error?: string | undefined; options: readonly Option[] }) {
  return (
    <div class={`govuk-form-group${props.error ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label" for={props.id} safe>
        {props.label}
      </label>
      {props.error ? (
        <p class="govuk-error-message" id={`${props.id}-error`} safe>
          {props.error}
        </p>
      ) : (
        ''
      )}
      <select class={`govuk-select${props.error ? ' govuk-select--error' : ''}`} id={props.id} name="status">
        {props.options.map((option) => (
          <option value={option.value} selected={option.value === props.value} safe>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
