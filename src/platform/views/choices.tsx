import type { Option } from './components.tsx';

/** As in GOV.UK Frontend, the fieldset is described by its hint and error, so a screen reader reads them with the legend. */
const describedBy = (id: string, hint: string | undefined, error: string | undefined) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** GOV.UK checkboxes with a legend, giving back what was ticked; the error links to the fieldset by its id. */
export function Checkboxes(props: {
  name: string;
  legend: string;
  options: readonly Option[];
  values: readonly string[];
  hint?: string | undefined;
  error?: string | undefined;
}): JSX.Element {
  return (
    <div class={`govuk-form-group${props.error ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" id={props.name} aria-describedby={describedBy(props.name, props.hint, props.error)}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s" safe>
          {props.legend}
        </legend>
        {props.hint ? (
          <div class="govuk-hint" id={`${props.name}-hint`} safe>
            {props.hint}
          </div>
        ) : (
          ''
        )}
        {props.error ? (
          <p class="govuk-error-message" id={`${props.name}-error`} safe>
            {props.error}
          </p>
        ) : (
          ''
        )}
        <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          {props.options.map((option) => (
            <div class="govuk-checkboxes__item">
              <input
                class="govuk-checkboxes__input"
                id={`${props.name}-${option.value}`}
                name={props.name}
                type="checkbox"
                value={option.value}
                checked={props.values.includes(option.value)}
              />
              <label class="govuk-label govuk-checkboxes__label" for={`${props.name}-${option.value}`} safe>
                {option.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/**
 * GOV.UK radios. `large` keeps the full-size targets (44 px and more) a facilitator taps on a tablet; `inline`
 * puts short choices side by side.
 */
export function Radios(props: {
  name: string;
  legend: string;
  options: readonly Option[];
  value: string;
  id?: string;
  error?: string | undefined;
  inline?: boolean;
  large?: boolean;
}): JSX.Element {
  const id = props.id ?? props.name;
  return (
    <div class={`govuk-form-group${props.error ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" id={id} aria-describedby={describedBy(id, undefined, props.error)}>
        <legend class={`govuk-fieldset__legend ${props.large ? 'govuk-fieldset__legend--m' : 'govuk-fieldset__legend--s'}`} safe>
          {props.legend}
        </legend>
        {props.error ? (
          <p class="govuk-error-message" id={`${id}-error`} safe>
            {props.error}
          </p>
        ) : (
          ''
        )}
        <div
          class={`govuk-radios${props.inline ? ' govuk-radios--inline' : ''}${props.large ? '' : ' govuk-radios--small'}`}
          data-module="govuk-radios"
        >
          {props.options.map((option) => (
            <div class="govuk-radios__item">
              <input
                class="govuk-radios__input"
                id={`${id}-${option.value}`}
                name={props.name}
                type="radio"
                value={option.value}
                checked={props.value === option.value}
              />
              <label class="govuk-label govuk-radios__label" for={`${id}-${option.value}`} safe>
                {option.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
