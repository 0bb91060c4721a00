import type { FastifyInstance } from 'fastify';
import type { Database } from '../../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import { AssessmentRefused } from '../../assessments.errors.ts';
import { displayNames, instrumentWithVersions, versionByNumber } from '../../instruments/instrument.lookup.ts';
import { instrumentSummaries } from '../../instruments/instruments.repository.ts';
import { InstrumentVersionView } from './instrument-version.view.tsx';
import { InstrumentVersionsView } from './instrument-versions.view.tsx';
import { InstrumentsListView } from './instruments-list.view.tsx';

type Notices = { loaded?: string; published?: string; retired?: string; saved?: string };
type VersionParams = { code: string; version: string };
const config = { permission: 'instruments:manage' } as const;
const wholeNumber = (value: string | undefined) => (value && /^\d{1,6}$/.test(value) ? Number(value) : undefined);

/** `/admin/instruments`: the instruments, each one's versions, a version read in full, and its JSON. */
export async function instrumentPageRoutes(app: FastifyInstance, deps: { db: Database; pageContext: PageContextFactory }) {
  app.get('/admin/instruments', { config }, async (request, reply) =>
    reply.html(<InstrumentsListView context={deps.pageContext(request, reply)} instruments={await instrumentSummaries(deps.db)} />),
  );

  app.get<{ Params: { code: string }; Querystring: Notices }>('/admin/instruments/:code', { config }, async (request, reply) => {
    const found = await instrumentWithVersions(deps.db, request.params.code);
    if (!found) throw new AssessmentRefused('not_found', 404);
    const { t } = request.i18n;
    const { loaded, published, retired } = request.query;
    const notice = wholeNumber(loaded)
      ? t('instrumentAdmin.loaded', { version: Number(loaded) })
      : wholeNumber(published)
        ? t('instrumentAdmin.published', { version: Number(published) })
        : wholeNumber(retired)
          ? t('instrumentAdmin.retired', { version: Number(retired) })
          : undefined;
    const names = await displayNames(
      deps.db,
      found.versions.flatMap((version) => [version.publishedBy, version.retiredBy]),
    );
    return reply.html(
      <InstrumentVersionsView
        context={deps.pageContext(request, reply)}
        instrument={found.instrument}
        versions={found.versions}
        names={names}
        notice={notice}
      />,
    );
  });

  app.get<{ Params: VersionParams; Querystring: Notices }>(
    '/admin/instruments/:code/versions/:version',
    { config },
    async (request, reply) => {
      const found = await versionByNumber(deps.db, request.params.code, request.params.version);
      if (!found) throw new AssessmentRefused('not_found', 404);
      const notice = request.query.saved ? request.i18n.t('admin.saved') : undefined;
      return reply.html(
        <InstrumentVersionView
          context={deps.pageContext(request, reply)}
          instrument={found.instrument}
          version={found.version}
          notice={notice}
        />,
      );
    },
  );

  // The exact definition as stored, to translate or correct offline and load again as a new draft.
  app.get<{ Params: VersionParams }>('/admin/instruments/:code/versions/:version.json', { config }, async (request, reply) => {
    const found = await versionByNumber(deps.db, request.params.code, request.params.version);
    if (!found) throw new AssessmentRefused('not_found', 404);
    const filename = `${found.instrument.code}-v${found.version.version}.json`;
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="${filename}"`)
      .send(JSON.stringify(found.version.definition, null, 2));
  });
}
