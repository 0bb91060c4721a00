import { type Option, Select, Textarea, TextInput } from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/page-context.ts';
import type { FormState } from './probation.form.ts';

type Common = { context: PageContext; state: FormState; name: string; label: string; hint?: string };
const errorOf = (state: FormState, name: string) => state.errors.find((error) => error.field === name)?.message;

/** Form fields bound to a form state: each shows what was typed and its own error. */
export const Text = (props: Common & { width?: 10 | 20 | 30 }) => (
  <TextInput
    name={props.name}
    label={props.label}
    hint={props.hint}
    width={props.width}
    value={props.state.values[props.name] ?? ''}
    error={errorOf(props.state, props.name)}
  />
);

export const DateField = (props: Common & { initial?: string }) => (
  <TextInput
    name={props.name}
    label={props.label}
    hint={props.hint ?? props.context.i18n.t('probation.form.dateHint')}
    width={10}
    value={props.state.values[props.name] ?? props.initial ?? ''}
    error={errorOf(props.state, props.name)}
  />
);

export const LongText = (props: Common) => (
  <Textarea
    name={props.name}
    label={props.label}
    hint={props.hint}
    value={props.state.values[props.name] ?? ''}
    error={errorOf(props.state, props.name)}
  />
);

export const Choice = (props: Common & { options: readonly Option[]; blank?: string; initial?: string }) => (
  <Select
    name={props.name}
    label={props.label}
    hint={props.hint}
    options={props.options}
    blank={props.blank}
    value={props.state.values[props.name] ?? props.initial ?? ''}
    error={errorOf(props.state, props.name)}
  />
);

/** GOV.UK radios (one answer) or checkboxes (several), with the chosen ones kept. */
export function Options(props: Common & { options: readonly Option[]; multiple?: boolean; initial?: string }): JSX.Element {
  const error = errorOf(props.state, props.name);
  const chosen = (props.state.values[props.name] ?? props.initial ?? '').split('\n');
  const kind = props.multiple ? 'checkboxes' : 'radios';
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`} id={props.name}>
      <fieldset class="govuk-fieldset">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s" safe>
          {props.label}
        </legend>
        {error ? (
          <p class="govuk-error-message" safe>
            {error}
          </p>
        ) : (
          ''
        )}
        <div class={`govuk-${kind} govuk-${kind}--small`} data-module={`govuk-${kind}`}>
          {props.options.map((option, index) => (
            <div class={`govuk-${kind}__item`}>
              <input
                class={`govuk-${kind}__input`}
                id={`${props.name}-${String(index)}`}
                name={props.name}
                type={props.multiple ? 'checkbox' : 'radio'}
                value={option.value}
                checked={chosen.includes(option.value)}
              />
              <label class={`govuk-label govuk-${kind}__label`} for={`${props.name}-${String(index)}`} safe>
                {option.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
