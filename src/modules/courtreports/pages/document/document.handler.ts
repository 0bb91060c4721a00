import type { FastifyInstance } from 'fastify';
import { renderPdf } from '../../../../platform/documents/pdf.ts';
import { badRequest } from '../../../../platform/http/errors.ts';
import { createI18n, type MessageTable } from '../../../../platform/i18n/translator.ts';
import type { Database } from '../../../../platform/db/pool.ts';
import { fullName, peopleActorOf } from '../../../people/people.service.ts';
import { type DocumentLanguage, issueReport } from '../../courtreports.document.ts';
import { layoutReportDocument } from '../../courtreports.document.layout.ts';

type Deps = { db: Database; messages: MessageTable };

/** `?lang=ky|ru`: the document's language, chosen at download (Kyrgyz when not given), whatever the page's is. */
function languageOf(query: { lang?: string }): DocumentLanguage {
  const lang = query.lang ?? 'ky';
  if (lang !== 'ky' && lang !== 'ru') throw badRequest({ parameter: 'lang' });
  return lang;
}

/**
 * `/court-reports/:reportId/report.pdf`: the approved report for the court, in Kyrgyz or Russian. Issuing is
 * refused (409) before approval, and each issue is audited and written to the report's history.
 */
export async function reportDocumentRoutes(app: FastifyInstance, deps: Deps) {
  app.get<{ Params: { reportId: string }; Querystring: { lang?: string } }>(
    '/court-reports/:reportId/report.pdf',
    { config: { permission: 'court_reports:write' } },
    async (request, reply) => {
      const language = languageOf(request.query);
      const data = await issueReport(deps.db, peopleActorOf(request), request.params.reportId, language);
      const i18n = createI18n(deps.messages, language);
      const title = `${i18n.t('courtReports.document.title')} — ${fullName(data.names.person)}`;
      const pdf = await renderPdf(layoutReportDocument(data, i18n), {
        title,
        language,
        pageLabel: (page, pages) => i18n.t('courtReports.document.page', { page: String(page), pages: String(pages) }),
      });
      return reply
        .header('cache-control', 'no-store')
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="court-report-${data.report.id}-${language}.pdf"`)
        .send(pdf);
    },
  );
}
