import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../../../../platform/db/pool.ts';
import { renderPdf } from '../../../../platform/documents/pdf.ts';
import { badRequest } from '../../../../platform/http/errors.ts';
import { createI18n, type I18n, type MessageTable } from '../../../../platform/i18n/translator.ts';
import { peopleActorOf } from '../../../people/people.service.ts';
import { layoutAssessmentDocument } from '../../assessments.document.layout.ts';
import { assessmentDocument, classificationDocument, type DocumentLanguage } from '../../assessments.documents.ts';
import { layoutClassificationDocument } from '../../classification.document.layout.ts';
import { personName } from '../../documents.shared.layout.ts';

type Deps = { db: Database; messages: MessageTable };
type Query = { Querystring: { lang?: string } };
const config = { permission: 'assessments:read' } as const;

/** `?lang=ky|ru`: the document's language, chosen by the user (Kyrgyz when not given), whatever the page's is. */
function languageOf(query: { lang?: string }): DocumentLanguage {
  const lang = query.lang ?? 'ky';
  if (lang !== 'ky' && lang !== 'ru') throw badRequest({ parameter: 'lang' });
  return lang;
}

function sendPdf(reply: FastifyReply, pdf: Buffer, filename: string) {
  return reply
    .header('cache-control', 'no-store')
    .type('application/pdf')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .send(pdf);
}

const pageLabel = (i18n: I18n) => (page: number, pages: number) =>
  i18n.t('assessments.document.page', { page: String(page), pages: String(pages) });

/**
 * The assessment and the classification decision as PDF documents in Kyrgyz or Russian. Each is read through
 * `withPerson` (scope, audit with the language); a person outside the user's units answers 404.
 */
export async function assessmentDocumentRoutes(app: FastifyInstance, deps: Deps) {
  app.get<{ Params: { id: string; assessmentId: string } } & Query>(
    '/people/:id/assessments/:assessmentId/document.pdf',
    { config },
    async (request: FastifyRequest<{ Params: { id: string; assessmentId: string } } & Query>, reply) => {
      const language = languageOf(request.query);
      const data = await assessmentDocument(deps.db, peopleActorOf(request), request.params.id, request.params.assessmentId, language);
      const i18n = createI18n(deps.messages, language);
      const title = `${i18n.t('assessments.document.assessment.title')} — ${personName(data.person)}`;
      const pdf = await renderPdf(layoutAssessmentDocument(data, i18n), { title, language, pageLabel: pageLabel(i18n) });
      return sendPdf(reply, pdf, `assessment-${data.assessment.id}-${language}.pdf`);
    },
  );

  app.get<{ Params: { id: string; classificationId: string } } & Query>(
    '/people/:id/placement/:classificationId/document.pdf',
    { config },
    async (request: FastifyRequest<{ Params: { id: string; classificationId: string } } & Query>, reply) => {
      const language = languageOf(request.query);
      const data = await classificationDocument(
        deps.db,
        peopleActorOf(request),
        request.params.id,
        request.params.classificationId,
        language,
      );
      const i18n = createI18n(deps.messages, language);
      const title = `${i18n.t('assessments.document.classification.title')} — ${personName(data.person)}`;
      const pdf = await renderPdf(layoutClassificationDocument(data, i18n), { title, language, pageLabel: pageLabel(i18n) });
      return sendPdf(reply, pdf, `classification-${data.classification.id}-${language}.pdf`);
    },
  );
}
