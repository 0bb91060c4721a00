import type { FastifyInstance } from 'fastify';
import { type PersonRequest, showPersonPage, todayInBishkek, unitInScope } from '../../../people/people.service.ts';
import { consentsOfPerson } from '../../referrals.consents.ts';
import { referralsOfPerson } from '../../referrals.queries.ts';
import type { ReferralPageDeps } from '../referrals.pages.ts';
import { ReferralsTabView } from './referrals-tab.view.tsx';

const DONE = ['consent', 'referral', 'withdrawn', 'consentWithdrawn'] as const;

/**
 * The person's referrals tab (`people:read`): their referrals with status, and every consent they gave with its
 * state (in force, withdrawn, expired). Staff who refer (`referrals:make` over the person's unit) get the
 * buttons to record a consent, make a referral and withdraw a consent.
 */
export async function referralsTabRoutes(app: FastifyInstance, deps: ReferralPageDeps) {
  app.get<{ Params: { id: string }; Querystring: { done?: string } }>(
    '/people/:id/referrals',
    { config: { permission: 'people:read', redirectsMergedPerson: true } },
    (request, reply) =>
      showPersonPage(deps, request as PersonRequest, reply, {
        tab: 'referrals',
        load: async (tx, person) => {
          const user = request.user!;
          return {
            referrals: await referralsOfPerson(tx, person.id),
            consents: await consentsOfPerson(tx, person.id, todayInBishkek()),
            mayMake: user.permissions.has('referrals:make') && (await unitInScope(tx, user, 'referrals:make', person.unitId)),
          };
        },
        render: (context, header, data) => {
          const done = DONE.find((value) => value === request.query.done);
          return (
            <ReferralsTabView
              context={context}
              header={header}
              data={data}
              notice={done ? context.i18n.t(`referrals.done.${done}`) : undefined}
            />
          );
        },
      }),
  );
}
