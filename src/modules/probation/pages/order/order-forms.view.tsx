import { CsrfField } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { ConditionTypeRow } from '../../probation.reference.ts';
import { CONTACT_KINDS } from '../../probation.tables.ts';
import { Choice, DateField, LongText, Options, Text } from '../probation.fields.tsx';
import type { FormState } from '../probation.form.ts';

type FormProps = { context: PageContext; state: FormState; action: string };

function Submit({ text, warning }: { text: string; warning?: boolean }): JSX.Element {
  return (
    <button type="submit" class={`govuk-button${warning ? ' govuk-button--warning' : ''}`} data-module="govuk-button" safe>
      {text}
    </button>
  );
}

/** A condition from the reference list or in the officer's own words, with its own dates inside the order's. */
export function ConditionFields(props: { context: PageContext; state: FormState; conditions: ConditionTypeRow[] }): JSX.Element {
  const { context, state } = props;
  const { t, locale } = context.i18n;
  return (
    <>
      <Choice
        context={context}
        state={state}
        name="conditionCode"
        label={t('probation.condition.fromList')}
        blank={t('probation.form.chooseBlank')}
        options={props.conditions.map((condition) => ({ value: condition.code, label: condition.name[locale] }))}
      />
      <LongText context={context} state={state} name="conditionText" label={t('probation.condition.ownWords')} />
      <DateField context={context} state={state} name="conditionStartsOn" label={t('probation.condition.startsOn')} />
      <DateField context={context} state={state} name="conditionEndsOn" label={t('probation.condition.endsOn')} />
    </>
  );
}

export function ConditionForm(props: FormProps & { conditions: ConditionTypeRow[] }): JSX.Element {
  const { t } = props.context.i18n;
  return (
    <form method="post" action={`${props.action}/conditions`} novalidate>
      <CsrfField token={props.context.csrfToken} />
      <h3 class="govuk-heading-s" safe>
        {t('probation.condition.heading')}
      </h3>
      <ConditionFields context={props.context} state={props.state} conditions={props.conditions} />
      <Submit text={t('probation.condition.submit')} />
    </form>
  );
}

export function HoursForm(props: FormProps & { version: number }): JSX.Element {
  const { t } = props.context.i18n;
  return (
    <form method="post" action={`${props.action}/hours`} novalidate>
      <CsrfField token={props.context.csrfToken} />
      <input type="hidden" name="version" value={String(props.version)} />
      <Text context={props.context} state={props.state} name="hours" label={t('probation.hours.label')} width={10} />
      <Submit text={t('probation.hours.submit')} />
    </form>
  );
}

export function ContactForm(props: FormProps): JSX.Element {
  const { context, state } = props;
  const { t } = context.i18n;
  const yesNo = [
    { value: 'yes', label: t('probation.contact.yes') },
    { value: 'no', label: t('probation.contact.no') },
  ];
  return (
    <form method="post" action={`${props.action}/contacts`} novalidate>
      <CsrfField token={context.csrfToken} />
      <h3 class="govuk-heading-s" safe>
        {t('probation.contact.heading')}
      </h3>
      <Choice
        context={context}
        state={state}
        name="contactKind"
        label={t('probation.contact.kind')}
        options={CONTACT_KINDS.map((kind) => ({ value: kind, label: t(`probation.contactKind.${kind}`) }))}
      />
      <DateField context={context} state={state} name="contactOn" label={t('probation.contact.contactOn')} />
      <Options context={context} state={state} name="attended" label={t('probation.contact.attendedQuestion')} options={yesNo} />
      <Text context={context} state={state} name="missedReason" label={t('probation.contact.missedReason')} />
      <LongText context={context} state={state} name="contactNotes" label={t('probation.contact.notes')} />
      <Submit text={t('probation.contact.submit')} />
    </form>
  );
}

export function CloseForm(props: FormProps & { version: number }): JSX.Element {
  const { context, state } = props;
  const { t } = context.i18n;
  return (
    <form method="post" action={`${props.action}/close`} novalidate>
      <CsrfField token={context.csrfToken} />
      <input type="hidden" name="version" value={String(props.version)} />
      <Options
        context={context}
        state={state}
        name="closeOutcome"
        label={t('probation.close.outcome')}
        options={[
          { value: 'completed', label: t('probation.close.completed') },
          { value: 'terminated', label: t('probation.close.terminated') },
        ]}
      />
      <DateField context={context} state={state} name="closedOn" label={t('probation.close.closedOn')} />
      <LongText context={context} state={state} name="closeReason" label={t('probation.close.reason')} />
      <Submit text={t('probation.close.submit')} warning />
    </form>
  );
}
