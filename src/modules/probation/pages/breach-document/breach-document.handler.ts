import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../../../../platform/db/pool.ts';
import { renderPdf } from '../../../../platform/documents/pdf.ts';
import { badRequest } from '../../../../platform/http/errors.ts';
import { createI18n, type MessageTable } from '../../../../platform/i18n/translator.ts';
import { peopleActorOf } from '../../../people/people.service.ts';
import { breachDocument, layoutBreachDocument } from '../../probation.breach-document.ts';

type Request = FastifyRequest<{ Params: { id: string; breachId: string }; Querystring: { lang?: string } }>;

/**
 * `/people/:id/probation/breaches/:breachId/report.pdf?lang=ky|ru` (`probation:read`): the breach report for
 * the court in Kyrgyz (default) or Russian, whatever the page's language. Before a manager approves it the
 * document says it is not yet approved.
 */
export async function breachDocumentRoutes(app: FastifyInstance, deps: { db: Database; messages: MessageTable }) {
  app.get(
    '/people/:id/probation/breaches/:breachId/report.pdf',
    { config: { permission: 'probation:read' } },
    async (request: Request, reply) => {
      const lang = request.query.lang ?? 'ky';
      if (lang !== 'ky' && lang !== 'ru') throw badRequest({ parameter: 'lang' });
      const data = await breachDocument(deps.db, peopleActorOf(request), request.params.id, request.params.breachId, lang);
      const i18n = createI18n(deps.messages, lang);
      const title = i18n.t('probation.document.title');
      const pdf = await renderPdf(layoutBreachDocument(data, i18n), {
        title,
        language: lang,
        pageLabel: (page, pages) => i18n.t('probation.document.page', { page: String(page), pages: String(pages) }),
      });
      return reply
        .header('cache-control', 'no-store')
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="breach-report-${data.breach.id}-${lang}.pdf"`)
        .send(pdf);
    },
  );
}
