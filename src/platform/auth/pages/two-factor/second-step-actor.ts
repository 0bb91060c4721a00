import type { FastifyRequest } from 'fastify';
import { type AuditActor, auditActorOf } from '../../../audit/audit.service.ts';
import type { SessionUser } from '../../sessions.ts';

/** The account the two-factor pages act for: the signed-in user, or the one whose session owes a second factor. */
export function secondStepUser(request: FastifyRequest): SessionUser {
  const user = request.user ?? request.pendingSignIn?.user;
  // The request gate lets only these two kinds of session reach the two-factor pages.
  if (!user) throw new Error('two-factor page reached without a session');
  return user;
}

/** The audit actor for that account: a password-stage session is not `request.user`, but it is this person. */
export function secondStepActor(request: FastifyRequest): AuditActor {
  const user = secondStepUser(request);
  return {
    ...auditActorOf(request),
    userId: user.id,
    username: user.username,
    roles: user.roles.map((entry) => `${entry.role}@${entry.unitCode}`).join(' ') || null,
    unitId: user.homeUnitId,
  };
}
