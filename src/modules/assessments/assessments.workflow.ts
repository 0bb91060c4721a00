/**
 * The assessment workflow as data: draft → submitted → approved by a second person (or returned with
 * comments, or overridden with a reason) → superseded by the next. An approved assessment is locked: a
 * correction is a new draft linked to it, and the approved one stays in force until the correction is
 * approved, when it becomes superseded. The service applies `nextStatus` only after `checkTransition` agrees.
 */

export const STATUSES = ['draft', 'submitted', 'returned', 'approved', 'superseded'] as const;
export type Status = (typeof STATUSES)[number];

export const ACTIONS = ['save', 'submit', 'approve', 'return', 'override', 'supersede', 'correct'] as const;
export type Action = (typeof ACTIONS)[number];

/** For each action, the status it leaves each allowed starting status in. */
export const TRANSITIONS: Readonly<Record<Action, Partial<Record<Status, Status>>>> = {
  save: { draft: 'draft', returned: 'returned' },
  submit: { draft: 'submitted', returned: 'submitted' },
  approve: { submitted: 'approved' },
  return: { submitted: 'returned' },
  override: { submitted: 'approved' },
  supersede: { approved: 'superseded' },
  // The approved assessment itself does not change; the correction starts as a new, linked draft.
  correct: { approved: 'approved' },
};

/** The status a correction of an approved assessment starts in. */
export const CORRECTION_STATUS: Status = 'draft';

/** Actions a reviewer takes on someone else's submitted assessment. */
const REVIEW_ACTIONS: readonly Action[] = ['approve', 'return', 'override'];
/** Actions that sign the assessment, and so need an accreditation for its instrument. */
const SIGNING_ACTIONS: readonly Action[] = ['submit', 'approve', 'override'];

export const REFUSALS = ['wrong_status', 'own_assessment', 'not_accredited', 'comment_required', 'reason_required'] as const;
export type RefusalCode = (typeof REFUSALS)[number];

export function nextStatus(status: Status, action: Action): Status | null {
  return TRANSITIONS[action][status] ?? null;
}

export type TransitionRequest = {
  status: Status;
  action: Action;
  actorId: string;
  /** Who wrote the assessment. */
  assessorId: string;
  comment?: string | null;
  overrideReason?: string | null;
  /** Whether the actor holds a valid accreditation for this assessment's instrument today. */
  accredited: boolean;
};

const blank = (text: string | null | undefined): boolean => (text ?? '').trim() === '';

/** Whether the actor may take this action now; the first reason to refuse when not. */
export function checkTransition(request: TransitionRequest): { ok: true } | { ok: false; refusal: RefusalCode } {
  const { status, action } = request;
  const refuse = (refusal: RefusalCode) => ({ ok: false as const, refusal });
  if (nextStatus(status, action) === null) return refuse('wrong_status');
  // A second pair of eyes is the safeguard: nobody reviews their own assessment.
  if (REVIEW_ACTIONS.includes(action) && request.actorId === request.assessorId) return refuse('own_assessment');
  if (SIGNING_ACTIONS.includes(action) && !request.accredited) return refuse('not_accredited');
  if (action === 'return' && blank(request.comment)) return refuse('comment_required');
  if (action === 'override' && blank(request.overrideReason)) return refuse('reason_required');
  return { ok: true };
}
