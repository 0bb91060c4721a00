import type { Option } from '../../../platform/views/components.tsx';

/**
 * Full-size GOV.UK checkboxes and radios (44 px targets and more) for a form filled in on a tablet on the
 * landing; each gives back what was chosen, and an error links to the fieldset by its id. As in GOV.UK Frontend,
 * the fieldset is described by its hint and error and each option by its own hint, so a screen reader reads them.
 */
export function Choices(props: {
  type: 'checkbox' | 'radio';
  name: string;
  legend: string;
  options: readonly (Option & { hint?: string })[];
  values: readonly string[];
  hint?: string | undefined;
  error?: string | undefined;
  inline?: boolean;
}): JSX.Element {
  const kind = props.type === 'checkbox' ? 'checkboxes' : 'radios';
  const describedBy = [props.hint ? `${props.name}-hint` : '', props.error ? `${props.name}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`govuk-form-group${props.error ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" id={props.name} aria-describedby={describedBy || undefined}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--m" safe>
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
        <div class={`govuk-${kind}${props.inline ? ` govuk-${kind}--inline` : ''}`} data-module={`govuk-${kind}`}>
          {props.options.map((option) => (
            <div class={`govuk-${kind}__item`}>
              <input
                class={`govuk-${kind}__input`}
                id={`${props.name}-${option.value}`}
                name={props.name}
                type={props.type}
                value={option.value}
                checked={props.values.includes(option.value)}
                aria-describedby={option.hint ? `${props.name}-${option.value}-item-hint` : undefined}
              />
              <label class={`govuk-label govuk-${kind}__label`} for={`${props.name}-${option.value}`} safe>
                {option.label}
              </label>
              {option.hint ? (
                <div class={`govuk-hint govuk-${kind}__hint`} id={`${props.name}-${option.value}-item-hint`} safe>
                  {option.hint}
                </div>
              ) : (
                ''
              )}
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
