import { Tag } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { ASSESSMENT_STATUSES } from '../../assessments.tables.ts';

type Status = (typeof ASSESSMENT_STATUSES)[number];

/** Colours that read at a glance: work still open, waiting for a reviewer, in force, or history. */
const COLOURS: Record<Status, 'grey' | 'blue' | 'orange' | 'green' | 'purple'> = {
  draft: 'grey',
  submitted: 'blue',
  returned: 'orange',
  approved: 'green',
  superseded: 'purple',
};

/** An assessment's status as a GOV.UK tag, in the user's language. */
export function StatusTag({ context, status }: { context: PageContext; status: Status }): JSX.Element {
  return <Tag text={context.i18n.t(`assessments.label.status.${status}`)} colour={COLOURS[status]} />;
}
