import { Tag } from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/page-context.ts';
import type { ACTION_STATUSES, PLAN_STATUSES } from '../plans.tables.ts';

type TagColour = 'blue' | 'green' | 'grey' | 'orange' | 'purple';

const PLAN_COLOURS: Record<(typeof PLAN_STATUSES)[number], TagColour> = {
  draft: 'grey',
  submitted: 'blue',
  returned: 'orange',
  approved: 'green',
  closed: 'grey',
};

const ACTION_COLOURS: Record<(typeof ACTION_STATUSES)[number], TagColour> = {
  planned: 'grey',
  in_progress: 'blue',
  done: 'green',
  cancelled: 'orange',
  not_completed: 'orange',
};

export function PlanStatusTag({ context, status }: { context: PageContext; status: (typeof PLAN_STATUSES)[number] }): JSX.Element {
  return <Tag text={context.i18n.t(`plans.status.${status}`)} colour={PLAN_COLOURS[status]} />;
}

export function ActionStatusTag({ context, status }: { context: PageContext; status: (typeof ACTION_STATUSES)[number] }): JSX.Element {
  return <Tag text={context.i18n.t(`plans.actionStatus.${status}`)} colour={ACTION_COLOURS[status]} />;
}
