import type { I18n } from '../../../../platform/i18n/translator.ts';

/** Where a document is downloaded from; `?lang=` is added per language. */
export const assessmentDocumentHref = (personId: string, assessmentId: string) =>
  `/people/${encodeURIComponent(personId)}/assessments/${encodeURIComponent(assessmentId)}/document.pdf`;
export const classificationDocumentHref = (personId: string, classificationId: string) =>
  `/people/${encodeURIComponent(personId)}/placement/${encodeURIComponent(classificationId)}/document.pdf`;

/** "Download as PDF: in Kyrgyz · in Russian", for the assessment workspace and the placement tab. */
export function DocumentLinks({ i18n, href }: { i18n: I18n; href: string }): JSX.Element {
  const { t } = i18n;
  return (
    <p class="govuk-body kadam-document-links">
      <span safe>{`${t('assessments.document.download')}: `}</span>
      <a class="govuk-link" href={`${href}?lang=ky`} hreflang="ky" download="" safe>
        {t('assessments.document.download.ky')}
      </a>
      {' · '}
      <a class="govuk-link" href={`${href}?lang=ru`} hreflang="ru" download="" safe>
        {t('assessments.document.download.ru')}
      </a>
    </p>
  );
}
