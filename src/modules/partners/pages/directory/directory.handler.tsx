import type { FastifyInstance } from 'fastify';
import { authorise } from '../../../../platform/access/authorise.ts';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import { districtOptions, listPartners, partnerByCode } from '../../partners.directory.ts';
import { PartnerRefused } from '../../partners.errors.ts';
import { PARTNER_SERVICES } from '../../partners.tables.ts';
import type { PartnerPageDeps } from '../partners.pages.ts';
import { DirectoryView } from './directory.view.tsx';
import { PartnerView } from './partner.view.tsx';

/**
 * `/partners` (`partners:read`): the directory with filters by service and district, and `/partners/:code`, a
 * partner's page. Both are audited (`partner.list` with the filters, `partner.view`).
 */
export async function directoryRoutes(app: FastifyInstance, deps: PartnerPageDeps) {
  app.get<{ Querystring: { service?: string; district?: string } }>(
    '/partners',
    { config: { permission: 'partners:read' } },
    async (request, reply) => {
      const service = (PARTNER_SERVICES as readonly string[]).includes(request.query.service ?? '') ? request.query.service : undefined;
      const districts = await districtOptions(deps.db);
      const district = districts.find((option) => option.id === request.query.district)?.id;
      const partners = await deps.db.transaction(async (tx) => {
        await authorise(tx, {
          actor: request.user!,
          audit: auditActorOf(request),
          permission: 'partners:read',
          action: 'partner.list',
          details: { service: service ?? null, district: district ?? null },
        });
        return listPartners(tx, { service, territoryId: district });
      });
      return reply.html(
        <DirectoryView
          context={deps.pageContext(request, reply)}
          partners={partners}
          districts={districts}
          filters={{ service: service ?? '', district: district ?? '' }}
        />,
      );
    },
  );

  app.get<{ Params: { code: string }; Querystring: { done?: string } }>(
    '/partners/:code',
    { config: { permission: 'partners:read' } },
    async (request, reply) => {
      const partner = await deps.db.transaction(async (tx) => {
        const found = await partnerByCode(tx, request.params.code);
        if (!found) throw new PartnerRefused('not_found', 404);
        await authorise(tx, {
          actor: request.user!,
          audit: auditActorOf(request),
          permission: 'partners:read',
          action: 'partner.view',
          details: { code: found.code },
        });
        return found;
      });
      return reply.html(
        <PartnerView
          context={deps.pageContext(request, reply)}
          partner={partner}
          mayEdit={request.user!.permissions.has('partners:manage')}
          saved={request.query.done === 'saved'}
        />,
      );
    },
  );
}
