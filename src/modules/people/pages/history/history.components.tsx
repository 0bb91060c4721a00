import type { PageContext } from '../../../../platform/views/page-context.ts';

/** Form pieces the history forms share that the platform's components do not have yet. */

export type Option = { value: string; label: string };

const describedBy = (name: string, hint?: string, error?: string) =>
  [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;

function Hint({ name, hint, error }: { name: string; hint?: string | undefined; error?: string | undefined }): JSX.Element {
  return (
    <>
      {hint ? (
        <div id={`${name}-hint`} class="govuk-hint" safe>
          {hint}
        </div>
      ) : (
        ''
      )}
      {error ? (
        <p id={`${name}-error`} class="govuk-error-message" safe>
          {error}
        </p>
      ) : (
        ''
      )}
    </>
  );
}

export function Select(props: {
  name: string;
  label: string;
  options: Option[];
  value: string;
  error?: string | undefined;
  hint?: string;
  placeholder?: string;
}): JSX.Element {
  return (
    <div class={`govuk-form-group${props.error ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label" for={props.name} safe>
        {props.label}
      </label>
      <Hint name={props.name} hint={props.hint} error={props.error} />
      <select
        class={`govuk-select${props.error ? ' govuk-select--error' : ''}`}
        id={props.name}
        name={props.name}
        aria-describedby={describedBy(props.name, props.hint, props.error)}
      >
        {props.placeholder === undefined ? (
          ''
        ) : (
          <option value="" selected={props.value === ''} safe>
            {props.placeholder}
          </option>
        )}
        {props.options.map((option) => (
          <option value={option.value} selected={option.value === props.value} safe>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function TextArea(props: { name: string; label: string; value: string; error?: string | undefined; hint?: string }): JSX.Element {
  return (
    <div class={`govuk-form-group${props.error ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label" for={props.name} safe>
        {props.label}
      </label>
      <Hint name={props.name} hint={props.hint} error={props.error} />
      <textarea
        class={`govuk-textarea${props.error ? ' govuk-textarea--error' : ''}`}
        id={props.name}
        name={props.name}
        rows="3"
        aria-describedby={describedBy(props.name, props.hint, props.error)}
        safe
      >
        {props.value}
      </textarea>
    </div>
  );
}

/** Save and cancel, the end of every history form. */
export function FormButtons({ context, personId }: { context: PageContext; personId: string }): JSX.Element {
  return (
    <div class="govuk-button-group">
      <button type="submit" class="govuk-button" data-module="govuk-button" safe>
        {context.i18n.t('history.save')}
      </button>
      <a class="govuk-link" href={`/people/${personId}/history`} safe>
        {context.i18n.t('history.cancel')}
      </a>
    </div>
  );
}

/** The conflict banner shown instead of the error summary when someone else saved first. */
export function ConflictBanner({ context }: { context: PageContext }): JSX.Element {
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title" safe>
          {context.i18n.t('error.conflict.title')}
        </h2>
        <div class="govuk-error-summary__body">
          <p class="govuk-body" safe>
            {context.i18n.t('error.conflict.body')}
          </p>
        </div>
      </div>
    </div>
  );
}
