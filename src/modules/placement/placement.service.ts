/**
 * The placement module's public face: its pages (facility structure, occupancy, the move, overrides,
 * separation) for `routes.ts`, the demo structure, and what other modules may read: where a person is.
 */
export { placementPageRoutes } from './pages/placement.pages.ts';
export { locationOf } from './placement.queries.ts';
export { seedDemoStructure } from './placement.demo.ts';
export { setSeparationSettings } from './separation.records.ts';
