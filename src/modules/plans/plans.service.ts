/**
 * The plans module's public face: what the start-up and other modules (the release handover) may use.
 * Anything not exported here is the module's own business.
 */
export { planInForce, type PlanSummary } from './plans.summary.ts';
export { startPlans } from './plans.subscriptions.ts';
export { planPageRoutes } from './pages/plans.pages.ts';
