import type { ReferralStatus } from './referrals.tables.ts';

/**
 * What may happen to a referral in each status (refer and monitor): the partner accepts or declines a sent
 * referral; writes an action plan once accepted (again after the officer returns it); the officer's approval
 * starts the work (in progress); the partner reports sessions while in progress and ends the service with a
 * report. The officer may withdraw it until it is closed. Declined, completed and withdrawn are final.
 */
export type ReferralStep = 'decide' | 'submit_plan' | 'decide_plan' | 'record_session' | 'end_service' | 'withdraw';

const ALLOWED: Record<ReferralStep, readonly ReferralStatus[]> = {
  decide: ['sent'],
  submit_plan: ['accepted'],
  decide_plan: ['accepted'],
  record_session: ['in_progress'],
  end_service: ['in_progress'],
  withdraw: ['sent', 'accepted', 'in_progress'],
};

export const stepAllowed = (step: ReferralStep, status: ReferralStatus): boolean => ALLOWED[step].includes(status);

/** Closed referrals: nothing more is done on them and they leave the partner's list of open work. */
export const isClosed = (status: ReferralStatus): boolean => status === 'declined' || status === 'completed' || status === 'withdrawn';
