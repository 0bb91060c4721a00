import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MessageKey } from '../../../../platform/i18n/catalog.ts';
import { type PersonPageDeps, type PersonRequest, showPersonPage, todayInBishkek, unitInScope } from '../../../people/people.service.ts';
import { AssessmentRefused } from '../../assessments.errors.ts';
import { loadPlacement } from './placement.data.ts';
import { type PlacementState, PlacementView } from './placement.view.tsx';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const ensureUuid = (value: string) => {
  if (!UUID.test(value)) throw new AssessmentRefused('not_found', 404);
};

/** The notices a redirect after a saved change asks for (`?done=`). */
export const DONE: Record<string, MessageKey> = {
  proposed: 'assessments.classification.proposed',
  confirm: 'assessments.classification.done.confirm',
  override: 'assessments.classification.done.override',
  return: 'assessments.classification.done.return',
  reviewDate: 'assessments.reviewDate.changed',
  challenge: 'assessments.challenge.recorded',
  response: 'assessments.challenge.responded',
};

/** The placement tab, shown again after a refused form with the errors and what was typed. */
export function renderPlacement(
  deps: PersonPageDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  state: PlacementState,
  status?: number,
) {
  const user = request.user!;
  const today = todayInBishkek();
  return showPersonPage(deps, request as PersonRequest, reply, {
    tab: 'placement',
    status,
    load: async (tx, person) => ({
      data: await loadPlacement(tx, person),
      may: {
        propose: await unitInScope(tx, user, 'assessments:conduct', person.unitId),
        recordChallenge: await unitInScope(tx, user, 'assessments:conduct', person.unitId),
        decide: await unitInScope(tx, user, 'classification:decide', person.unitId),
      },
    }),
    render: (context, header, loaded) => (
      <PlacementView context={context} header={header} data={loaded.data} state={state} may={loaded.may} today={today} />
    ),
  });
}
