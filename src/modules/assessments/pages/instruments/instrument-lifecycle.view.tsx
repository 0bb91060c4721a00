import { CsrfField, ErrorSummary, type FieldError, Textarea } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { versionHref } from './instrument.components.tsx';

type Props = {
  context: PageContext;
  step: 'publish' | 'retire';
  code: string;
  name: string;
  version: number;
  reason: string;
  errors: FieldError[];
};

/**
 * Publishing and retiring ask once more before they happen: publishing freezes a version for good, retiring
 * stops new assessments with it and needs a reason, which the audit trail keeps.
 */
export function InstrumentLifecycleView(props: Props): JSX.Element {
  const { context, step, code, version } = props;
  const { t } = context.i18n;
  const title =
    step === 'publish' ? t('instrumentAdmin.publishTitle', { code, version }) : t('instrumentAdmin.retireTitle', { code, version });
  return (
    <Layout context={context} title={title}>
      <a class="govuk-back-link" href={versionHref(code, version)} safe>
        {t('admin.cancel')}
      </a>
      <ErrorSummary title={t('error.summaryTitle')} errors={props.errors} />
      <span class="govuk-caption-l" safe>
        {props.name}
      </span>
      <h1 class="govuk-heading-l" safe>
        {title}
      </h1>
      <div class="govuk-warning-text">
        <span class="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong class="govuk-warning-text__text" safe>
          {step === 'publish' ? t('instrumentAdmin.publishWarning') : t('instrumentAdmin.retireWarning')}
        </strong>
      </div>
      <form method="post" action={versionHref(code, version, step)} novalidate>
        <CsrfField token={context.csrfToken} />
        {step === 'retire' ? (
          <Textarea
            name="reason"
            label={t('instrumentAdmin.retireReason')}
            hint={t('instrumentAdmin.retireReasonHint')}
            value={props.reason}
            error={props.errors.find((error) => error.field === 'reason')?.message}
          />
        ) : (
          ''
        )}
        <div class="govuk-button-group">
          <button
            id="confirm"
            type="submit"
            class={`govuk-button${step === 'retire' ? ' govuk-button--warning' : ''}`}
            data-module="govuk-button"
            safe
          >
            {step === 'publish' ? t('instrumentAdmin.publishConfirm') : t('instrumentAdmin.retireConfirm')}
          </button>
          <a class="govuk-link" href={versionHref(code, version)} safe>
            {t('admin.cancel')}
          </a>
        </div>
      </form>
    </Layout>
  );
}
