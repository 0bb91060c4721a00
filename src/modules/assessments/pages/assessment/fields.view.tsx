import type { Option } from '../../../../platform/views/components.tsx';

/**
 * GOV.UK radios and checkboxes for the workspace. The first input of a group carries the group's name as its
 * id, so an error-summary link (`#rating-S1`) lands on the group; the others are numbered after it.
 */

type GroupProps = {
  name: string;
  legend: string;
  options: readonly Option[];
  hint?: string | undefined;
  error?: string | undefined;
  inline?: boolean;
  /** Extra content under the legend (guidance, the previous rating). Already rendered, so already escaped. */
  children?: JSX.Element | JSX.Element[];
};

const inputId = (name: string, index: number) => (index === 0 ? name : `${name}-${index + 1}`);
const describedBy = (name: string, hint?: string, error?: string) =>
  [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;

function GroupHead(props: GroupProps): JSX.Element {
  const safeExtra = props.children ?? '';
  return (
    <>
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s" safe>
        {props.legend}
      </legend>
      {props.hint ? (
        <div id={`${props.name}-hint`} class="govuk-hint" safe>
          {props.hint}
        </div>
      ) : (
        ''
      )}
      <>{safeExtra}</>
      {props.error ? (
        <p id={`${props.name}-error`} class="govuk-error-message" safe>
          {props.error}
        </p>
      ) : (
        ''
      )}
    </>
  );
}

export function RadioGroup(props: GroupProps & { value: string | undefined }): JSX.Element {
  return (
    <div class={`govuk-form-group${props.error ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy(props.name, props.hint, props.error)}>
        <GroupHead {...props} />
        <div class={`govuk-radios govuk-radios--small${props.inline ? ' govuk-radios--inline' : ''}`} data-module="govuk-radios">
          {props.options.map((option, index) => (
            <div class="govuk-radios__item">
              <input
                class="govuk-radios__input"
                id={inputId(props.name, index)}
                name={props.name}
                type="radio"
                value={option.value}
                checked={option.value === props.value}
              />
              <label class="govuk-label govuk-radios__label" for={inputId(props.name, index)} safe>
                {option.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

export function CheckboxGroup(props: GroupProps & { values: readonly string[] }): JSX.Element {
  return (
    <div class={`govuk-form-group${props.error ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy(props.name, props.hint, props.error)}>
        <GroupHead {...props} />
        <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          {props.options.map((option, index) => (
            <div class="govuk-checkboxes__item">
              <input
                class="govuk-checkboxes__input"
                id={inputId(props.name, index)}
                name={props.name}
                type="checkbox"
                value={option.value}
                checked={props.values.includes(option.value)}
              />
              <label class="govuk-label govuk-checkboxes__label" for={inputId(props.name, index)} safe>
                {option.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** A read-only row of a summary list; an empty value reads as `empty`. */
export function SummaryRow({ label, value, empty }: { label: string; value: string | undefined | null; empty: string }): JSX.Element {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key" safe>
        {label}
      </dt>
      <dd class="govuk-summary-list__value kadam-preserve-lines" safe>
        {value === undefined || value === null || value === '' ? empty : value}
      </dd>
    </div>
  );
}
