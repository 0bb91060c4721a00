import { type FieldError, Select, Textarea, TextInput } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { NOTE_TYPES, SENSITIVITIES } from '../../casenotes.tables.ts';
import type { NoteFormValues } from './note-form.ts';

/** The fields a note and its correction share, filled with what was typed and each with its error. */
export function NoteFields({ context, values, errors }: { context: PageContext; values: NoteFormValues; errors: FieldError[] }) {
  const { t } = context.i18n;
  const error = (field: string) => errors.find((entry) => entry.field === field)?.message;
  return (
    <>
      <Select
        name="type"
        label={t('casenotes.field.type')}
        value={values.type}
        blank={t('casenotes.field.choose')}
        error={error('type')}
        options={NOTE_TYPES.map((type) => ({ value: type, label: t(`casenotes.type.${type}`) }))}
      />
      <Select
        name="sensitivity"
        label={t('casenotes.field.sensitivity')}
        hint={t('casenotes.field.sensitivityHint')}
        value={values.sensitivity}
        error={error('sensitivity')}
        options={SENSITIVITIES.map((sensitivity) => ({ value: sensitivity, label: t(`casenotes.sensitivity.${sensitivity}`) }))}
      />
      <TextInput
        name="occurredOn"
        label={t('casenotes.field.occurredOn')}
        hint={t('casenotes.field.occurredOnHint')}
        value={values.occurredOn}
        error={error('occurredOn')}
        width={10}
      />
      <Textarea name="text" label={t('casenotes.field.text')} value={values.text} error={error('text')} rows={6} />
    </>
  );
}

/** The green banner after a save, naming what happened. */
export function Notice({ text }: { text: string | undefined }): JSX.Element {
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
