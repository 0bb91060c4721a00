/** Small GOV.UK Frontend components used across pages. Every text goes through `safe` so it is escaped. */

export type FieldError = { field: string; message: string };

/** The error-summary pattern: at the top of the form, each error linking to its field. */
export function ErrorSummary({ title, errors }: { title: string; errors: FieldError[] }): JSX.Element {
  if (errors.length === 0) return '';
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title" safe>
          {title}
        </h2>
        <div class="govuk-error-summary__body">
          <ul class="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li>
                <a href={`#${error.field}`} safe>
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

type TextInputProps = {
  name: string;
  label: string;
  value?: string | undefined;
  error?: string | undefined;
  type?: 'text' | 'password' | 'number' | 'date';
  autocomplete?: string;
  hint?: string;
  width?: 10 | 20 | 30;
  spellcheck?: boolean;
};

export function TextInput(props: TextInputProps): JSX.Element {
  const describedBy = [props.hint ? `${props.name}-hint` : '', props.error ? `${props.name}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`govuk-form-group${props.error ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label" for={props.name} safe>
        {props.label}
      </label>
      {props.hint ? (
        <div id={`${props.name}-hint`} class="govuk-hint" safe>
          {props.hint}
        </div>
      ) : (
        ''
      )}
      {props.error ? (
        <p id={`${props.name}-error`} class="govuk-error-message" safe>
          {props.error}
        </p>
      ) : (
        ''
      )}
      <input
        class={`govuk-input${props.width ? ` govuk-input--width-${props.width}` : ''}${props.error ? ' govuk-input--error' : ''}`}
        id={props.name}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        autocomplete={props.autocomplete}
        spellcheck={props.spellcheck === undefined ? undefined : String(props.spellcheck)}
        aria-describedby={describedBy || undefined}
      />
    </div>
  );
}

/** The green banner that says a step was saved; nothing when there is nothing to say. */
export function SuccessNotice({ text }: { text: string | undefined }): JSX.Element {
  if (!text) return '';
  return (
    <div class="govuk-notification-banner govuk-notification-banner--success" role="alert">
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading" safe>
          {text}
        </p>
      </div>
    </div>
  );
}

export function CsrfField({ token }: { token: string }): JSX.Element {
  return <input type="hidden" name="_csrf" value={token} />;
}

export function Tag({ text, colour }: { text: string; colour?: 'blue' | 'green' | 'grey' | 'orange' | 'purple' }): JSX.Element {
  return (
    <strong class={`govuk-tag${colour ? ` govuk-tag--${colour}` : ''}`} safe>
      {text}
    </strong>
  );
}

export type Option = { value: string; label: string };

const fieldDescription = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** The label, hint and error message above a field, linked to it by id. */
function FieldHead(props: { id: string; label: string; hint?: string | undefined; error?: string | undefined }): JSX.Element {
  return (
    <>
      <label class="govuk-label" for={props.id} safe>
        {props.label}
      </label>
      {props.hint ? (
        <div id={`${props.id}-hint`} class="govuk-hint" safe>
          {props.hint}
        </div>
      ) : (
        ''
      )}
      {props.error ? (
        <p id={`${props.id}-error`} class="govuk-error-message" safe>
          {props.error}
        </p>
      ) : (
        ''
      )}
    </>
  );
}

/** A GOV.UK select; `blank` adds a first, empty choice ("Choose…", "Any") for a field that may be left unset. */
export function Select(props: {
  name: string;
  label: string;
  options: readonly Option[];
  value: string;
  error?: string | undefined;
  hint?: string | undefined;
  blank?: string | undefined;
}): JSX.Element {
  return (
    <div class={`govuk-form-group${props.error ? ' govuk-form-group--error' : ''}`}>
      <FieldHead id={props.name} label={props.label} hint={props.hint} error={props.error} />
      <select
        class={`govuk-select${props.error ? ' govuk-select--error' : ''}`}
        id={props.name}
        name={props.name}
        aria-describedby={fieldDescription(props.name, props.hint, props.error)}
      >
        {props.blank === undefined ? (
          ''
        ) : (
          <option value="" selected={props.value === ''} safe>
            {props.blank}
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

/** A GOV.UK textarea that gives back what was typed. */
export function Textarea(props: {
  name: string;
  label: string;
  value: string;
  hint?: string | undefined;
  error?: string | undefined;
  rows?: number;
  id?: string;
}): JSX.Element {
  const id = props.id ?? props.name;
  return (
    <div class={`govuk-form-group${props.error ? ' govuk-form-group--error' : ''}`}>
      <FieldHead id={id} label={props.label} hint={props.hint} error={props.error} />
      <textarea
        class={`govuk-textarea${props.error ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={props.name}
        rows={String(props.rows ?? 3)}
        aria-describedby={fieldDescription(id, props.hint, props.error)}
        safe
      >
        {props.value}
      </textarea>
    </div>
  );
}
