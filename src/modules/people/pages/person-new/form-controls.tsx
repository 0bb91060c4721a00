/** GOV.UK select, radios, checkboxes and textarea for the person forms; every text is escaped with `safe`. */

import type { Option } from '../../../../platform/views/components.tsx';

export { Select, Textarea } from '../../../../platform/views/components.tsx';

function ErrorMessage({ name, error }: { name: string; error?: string | undefined }): JSX.Element {
  return error ? (
    <p id={`${name}-error`} class="govuk-error-message" safe>
      {error}
    </p>
  ) : (
    ''
  );
}

const groupClass = (error?: string) => `govuk-form-group${error ? ' govuk-form-group--error' : ''}`;

export function Radios(props: {
  name: string;
  legend: string;
  options: Option[];
  value: string;
  error?: string | undefined;
  inline?: boolean;
  /** For several forms on one page: ids must stay unique. */
  id?: string;
}): JSX.Element {
  const id = props.id ?? props.name;
  return (
    <div class={groupClass(props.error)}>
      <fieldset class="govuk-fieldset" aria-describedby={props.error ? `${props.name}-error` : undefined}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s" safe>
          {props.legend}
        </legend>
        <ErrorMessage name={props.name} error={props.error} />
        <div class={`govuk-radios govuk-radios--small${props.inline ? ' govuk-radios--inline' : ''}`} data-module="govuk-radios">
          {props.options.map((option, index) => (
            <div class="govuk-radios__item">
              <input
                class="govuk-radios__input"
                id={index === 0 ? id : `${id}-${option.value}`}
                name={props.name}
                type="radio"
                value={option.value}
                checked={option.value === props.value}
              />
              <label class="govuk-label govuk-radios__label" for={index === 0 ? id : `${id}-${option.value}`} safe>
                {option.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

export function Checkboxes(props: {
  name: string;
  legend: string;
  options: Option[];
  values: string[];
  error?: string | undefined;
}): JSX.Element {
  return (
    <div class={groupClass(props.error)}>
      <fieldset class="govuk-fieldset">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s" safe>
          {props.legend}
        </legend>
        <ErrorMessage name={props.name} error={props.error} />
        <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          {props.options.map((option, index) => (
            <div class="govuk-checkboxes__item">
              <input
                class="govuk-checkboxes__input"
                id={index === 0 ? props.name : `${props.name}-${option.value}`}
                name={props.name}
                type="checkbox"
                value={option.value}
                checked={props.values.includes(option.value)}
              />
              <label class="govuk-label govuk-checkboxes__label" for={index === 0 ? props.name : `${props.name}-${option.value}`} safe>
                {option.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** One box the user must tick to go on ("the PIN is correct as entered", "none of these is the same person"). */
export function Confirm(props: { name: string; label: string; checked: boolean; error?: string | undefined }): JSX.Element {
  return (
    <div class={groupClass(props.error)}>
      <ErrorMessage name={props.name} error={props.error} />
      <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
        <div class="govuk-checkboxes__item">
          <input class="govuk-checkboxes__input" id={props.name} name={props.name} type="checkbox" value="yes" checked={props.checked} />
          <label class="govuk-label govuk-checkboxes__label" for={props.name} safe>
            {props.label}
          </label>
        </div>
      </div>
    </div>
  );
}
