/**
 * The manual library's public face: its pages, and installing the manuals Kadam ships (at start-up, by
 * `kadam seed reference` and in the test template, where the instruments and the programme catalogue are).
 */
export { manualRoutes } from './pages/manual.pages.ts';
export { installShippedManuals } from './manual.install.ts';
