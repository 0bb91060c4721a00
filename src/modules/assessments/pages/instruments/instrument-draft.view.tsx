import { CsrfField, ErrorSummary, type FieldError, Textarea } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { versionHref } from './instrument.components.tsx';

/** The draft being loaded or edited, as typed: a refused save gives the administrator back every character. */
export type DraftForm = { text: string; rowVersion: string };
export type DraftTarget = { mode: 'load' } | { mode: 'edit'; code: string; version: number };

/**
 * Loading a new draft version, or editing a draft's JSON (a translation, a correction). The problems a refused
 * definition has are listed one per field path, in the administrator's language.
 */
export function InstrumentDraftView(props: {
  context: PageContext;
  target: DraftTarget;
  form: DraftForm;
  errors: FieldError[];
}): JSX.Element {
  const { context, target, form } = props;
  const { t } = context.i18n;
  const title =
    target.mode === 'load'
      ? t('instrumentAdmin.loadTitle')
      : t('instrumentAdmin.editTitle', { code: target.code, version: target.version });
  const action = target.mode === 'load' ? '/admin/instruments/new' : versionHref(target.code, target.version, 'edit');
  const back = target.mode === 'load' ? '/admin/instruments' : versionHref(target.code, target.version);
  return (
    <Layout context={context} title={title}>
      <a class="govuk-back-link" href={back} safe>
        {t('admin.cancel')}
      </a>
      <ErrorSummary title={t('error.summaryTitle')} errors={props.errors} />
      <h1 class="govuk-heading-l" safe>
        {title}
      </h1>
      <p class="govuk-body" safe>
        {target.mode === 'load' ? t('instrumentAdmin.loadIntro') : t('instrumentAdmin.editIntro')}
      </p>
      <form method="post" action={action} novalidate>
        <CsrfField token={context.csrfToken} />
        {target.mode === 'edit' ? <input type="hidden" name="rowVersion" value={form.rowVersion} /> : ''}
        <Textarea
          name="definition"
          label={t('instrumentAdmin.definition')}
          hint={t('instrumentAdmin.definitionHint')}
          value={form.text}
          error={props.errors.length > 0 ? t('instrumentAdmin.definitionHasProblems', { count: props.errors.length }) : undefined}
          rows={30}
        />
        <div class="govuk-button-group">
          <button type="submit" class="govuk-button" data-module="govuk-button" safe>
            {target.mode === 'load' ? t('instrumentAdmin.loadSubmit') : t('admin.save')}
          </button>
          <a class="govuk-link" href={back} safe>
            {t('admin.cancel')}
          </a>
        </div>
      </form>
    </Layout>
  );
}
