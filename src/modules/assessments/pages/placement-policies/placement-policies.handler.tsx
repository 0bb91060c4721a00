import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import type { Database } from '../../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import { AssessmentRefused, refusalMessageKey } from '../../assessments.errors.ts';
import { facilityPolicies, setPlacementPolicy } from '../../placement-policies.ts';
import { PlacementPoliciesView } from './placement-policies.view.tsx';

const config = { permission: 'placement_policies:manage' } as const;
type Refused = { code: string; options: string[]; message: string };

/**
 * `/admin/placement-policies`: each facility in the user's units with the placement options it runs. The
 * classification proposal keeps to these (`classification.proposal.ts`).
 */
export async function placementPolicyRoutes(app: FastifyInstance, deps: { db: Database; pageContext: PageContextFactory }) {
  const render = async (request: FastifyRequest, reply: FastifyReply, state: { refused?: Refused; notice?: string }, status = 200) =>
    reply.html(
      <PlacementPoliciesView
        context={deps.pageContext(request, reply)}
        facilities={await facilityPolicies(deps.db, request.user!)}
        refused={
          state.refused && {
            code: state.refused.code,
            options: state.refused.options,
            errors: [{ field: `options-${state.refused.code}`, message: state.refused.message }],
          }
        }
        notice={state.notice}
      />,
      status,
    );

  app.get<{ Querystring: { saved?: string } }>('/admin/placement-policies', { config }, (request, reply) =>
    render(request, reply, { notice: request.query.saved ? request.i18n.t('placementPolicies.saved') : undefined }),
  );

  app.post<{ Params: { code: string }; Body: { options?: string | string[] } }>(
    '/admin/placement-policies/:code',
    { config },
    async (request, reply) => {
      const raw = request.body?.options;
      const options = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map(String);
      try {
        await setPlacementPolicy(deps.db, { user: request.user!, audit: auditActorOf(request) }, request.params.code, options);
      } catch (error) {
        if (error instanceof AssessmentRefused && error.refusal === 'placement_option_required') {
          const message = request.i18n.t(refusalMessageKey(error.refusal));
          return render(request, reply, { refused: { code: request.params.code, options, message } }, 400);
        }
        throw error;
      }
      return reply.redirect('/admin/placement-policies?saved=1', 303);
    },
  );
}
