import { isRole } from '../../../platform/auth/roles.ts';
import type { I18n } from '../../../platform/i18n/translator.ts';
import type { FieldError } from '../../../platform/views/components.tsx';

/** Small pieces the administration forms share that the platform's components do not have yet. */

export { type Option, Select } from '../../../platform/views/components.tsx';

export function Checkbox(props: { name: string; label: string; checked: boolean; hint?: string }): JSX.Element {
  return (
    <div class="govuk-form-group">
      <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
        <div class="govuk-checkboxes__item">
          <input
            class="govuk-checkboxes__input"
            id={props.name}
            name={props.name}
            type="checkbox"
            value="yes"
            checked={props.checked}
            aria-describedby={props.hint ? `${props.name}-hint` : undefined}
          />
          <label class="govuk-label govuk-checkboxes__label" for={props.name} safe>
            {props.label}
          </label>
          {props.hint ? (
            <div id={`${props.name}-hint`} class="govuk-hint govuk-checkboxes__hint" safe>
              {props.hint}
            </div>
          ) : (
            ''
          )}
        </div>
      </div>
    </div>
  );
}

export function SuccessBanner({ text }: { text: string | undefined }): JSX.Element {
  if (!text) return '';
  return (
    <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading" safe>
          {text}
        </p>
      </div>
    </div>
  );
}

/** The stale-save message: someone else changed the record, nothing was saved. */
export function ConflictSummary(props: { title: string; body: string }): JSX.Element {
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title" safe>
          {props.title}
        </h2>
        <div class="govuk-error-summary__body">
          <p class="govuk-body" safe>
            {props.body}
          </p>
        </div>
      </div>
    </div>
  );
}

export const errorFor = (errors: FieldError[], field: string): string | undefined => errors.find((error) => error.field === field)?.message;

/** A role's display name in the reader's language (the code itself for a role Kadam no longer ships). */
export function roleName(t: I18n['t'], role: string): string {
  return isRole(role) ? t(`role.${role}.name`) : role;
}
