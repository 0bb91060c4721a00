import type { SessionUser } from '../../../../platform/auth/sessions.ts';
import type { Executor } from '../../../../platform/db/pool.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { type PersonRow, unitInScope } from '../../../people/people.service.ts';
import { type DueVerdict, handoverSendBy, handoverStanding, preReleasePlanDue } from '../../release.due.ts';
import {
  type ActionRow,
  actionsOf,
  coveringOfficeOf,
  custodyFactsOf,
  handoverOfPlan,
  type HandoverRow,
  type OfficeOption,
  openPlanOf,
  type PathwayRow,
  pathwaysOf,
  probationOffices,
  type ReleasePlanRow,
} from '../../release.repository.ts';
import { handoverDaysBeforeRelease } from '../../release.settings.ts';
import type { ActionForm, PathwayForm, RouteForm } from './release-tab.forms.ts';

export type ReleaseTabData = {
  today: string;
  releaseOn: string | null;
  verdict: DueVerdict;
  plan: ReleasePlanRow | null;
  pathways: PathwayRow[];
  actions: ActionRow[];
  handover: HandoverRow | null;
  /** Where the handover stands, for a release to supervision. */
  standing: { stage: 'to_send' | 'to_acknowledge' | 'acknowledged'; overdue: boolean; sendBy: string } | null;
  offices: OfficeOption[];
  coveringOffice: OfficeOption | null;
  mayPrepare: boolean;
};

/** What a refused form brings back: the errors, and the form as it was typed. */
export type ReleaseTabState = {
  errors?: FieldError[];
  notice?: string | undefined;
  route?: RouteForm;
  pathway?: PathwayForm;
  action?: ActionForm;
  status?: number;
};

export async function loadReleaseTab(tx: Executor, user: SessionUser, person: PersonRow, today: string): Promise<ReleaseTabData> {
  const facts = await custodyFactsOf(tx, person.id);
  const plan = (await openPlanOf(tx, person.id)) ?? null;
  const handover = plan ? ((await handoverOfPlan(tx, plan.id)) ?? null) : null;
  const sendBy = handover?.sendBy ?? (plan ? handoverSendBy(plan.releaseOn, handoverDaysBeforeRelease()) : null);
  const standing =
    plan?.supervision && sendBy
      ? {
          sendBy,
          ...handoverStanding({
            releaseOn: handover?.releaseOn ?? plan.releaseOn,
            sendBy,
            sent: handover !== null,
            acknowledged: handover?.status === 'acknowledged',
            today,
          }),
        }
      : null;
  return {
    today,
    releaseOn: facts.releaseOn,
    verdict: preReleasePlanDue({ releaseOn: facts.releaseOn, inCustody: facts.inCustody, today }),
    plan,
    pathways: plan ? await pathwaysOf(tx, plan.id) : [],
    actions: plan ? await actionsOf(tx, plan.id) : [],
    handover,
    standing,
    offices: await probationOffices(tx),
    coveringOffice: await coveringOfficeOf(tx, person.id),
    mayPrepare: await unitInScope(tx, user, 'release:prepare', person.unitId),
  };
}
