import type { FastifyInstance } from 'fastify';
import type { Database } from '../../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import { AssessmentRefused } from '../../assessments.errors.ts';
import { currentVersion, instrumentByCode, instrumentSummaries } from '../../instruments/instruments.repository.ts';
import { TransparencyListView, TransparencyRecordView, type PublishedInstrument } from './transparency.view.tsx';

/**
 * `/instruments`: the transparency record of every instrument in use, readable by every signed-in user (a
 * partner worker too): how a risk assessment that affects a person is made, and where its limits are.
 */
export async function transparencyPageRoutes(app: FastifyInstance, deps: { db: Database; pageContext: PageContextFactory }) {
  const config = { permission: 'home:view' } as const;

  app.get('/instruments', { config }, async (request, reply) => {
    const published: PublishedInstrument[] = [];
    for (const summary of await instrumentSummaries(deps.db)) {
      const version = await currentVersion(deps.db, summary.id);
      if (version) published.push({ code: summary.code, kind: summary.kind, version });
    }
    return reply.html(<TransparencyListView context={deps.pageContext(request, reply)} instruments={published} />);
  });

  app.get<{ Params: { code: string } }>('/instruments/:code', { config }, async (request, reply) => {
    const instrument = await instrumentByCode(deps.db, request.params.code);
    const version = instrument && (await currentVersion(deps.db, instrument.id));
    // Drafts and retired versions are not in use: the record describes what assessments are made with today.
    if (!instrument || !version) throw new AssessmentRefused('not_found', 404);
    return reply.html(
      <TransparencyRecordView
        context={deps.pageContext(request, reply)}
        instrument={{ code: instrument.code, kind: instrument.kind, version }}
      />,
    );
  });
}
