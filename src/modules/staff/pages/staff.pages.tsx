import type { FastifyInstance } from 'fastify';
import { auditActorOf } from '../../../platform/audit/audit.service.ts';
import type { Database } from '../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../platform/http/page-context.ts';
import { listStaff, viewStaffMember } from '../staff.service.ts';
import { StaffMemberView } from './staff-member/staff-member.view.tsx';
import { StaffView } from './staff/staff.view.tsx';

/** A manager's view of their units' staff; each page read goes through the authorisation function. */
export async function staffPageRoutes(app: FastifyInstance, deps: { db: Database; pageContext: PageContextFactory }) {
  const config = { permission: 'staff:read' } as const;

  app.get('/staff', { config }, async (request, reply) => {
    const staff = await listStaff(deps.db, request.user!, auditActorOf(request));
    return reply.html(<StaffView context={deps.pageContext(request, reply)} staff={staff} />);
  });

  app.get<{ Params: { username: string } }>('/staff/:username', { config }, async (request, reply) => {
    const member = await viewStaffMember(deps.db, request.user!, auditActorOf(request), request.params.username.slice(0, 64));
    return reply.html(<StaffMemberView context={deps.pageContext(request, reply)} member={member} />);
  });
}
