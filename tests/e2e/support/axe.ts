import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { whileAxeRuns } from './axe-activity.ts';

/** WCAG 2.1 A and AA: what Kadam's pages must meet. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Known violations that come from GOV.UK Frontend or MoJ Frontend markup itself, which we cannot change without
 * forking the component. Each entry names the rule and a CSS selector of the offending element, and says why.
 * Violations in Kadam's own markup or styles are never listed here: they are fixed in src/ or assets/scss.
 */
export const FRONTEND_ALLOW_LIST: readonly { rule: string; target: string; why: string }[] = [];

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

function allowed(violation: Violation, target: string): boolean {
  return FRONTEND_ALLOW_LIST.some((entry) => entry.rule === violation.id && entry.target === target);
}

/** Targets as one readable selector each (axe gives arrays for frames and shadow roots). */
function selectorOf(target: unknown): string {
  return Array.isArray(target) ? target.map((part) => selectorOf(part)).join(' >>> ') : String(target);
}

export function formatViolations(violations: Violation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map(
        (node) => `    - ${selectorOf(node.target)}\n      ${node.failureSummary?.replaceAll('\n', '\n      ') ?? ''}`,
      );
      return `  ${violation.id} [${violation.impact ?? 'unknown'}]: ${violation.help}\n    ${violation.helpUrl}\n${nodes.join('\n')}`;
    })
    .join('\n');
}

/** Runs axe on the page as it is now and fails with a list of violations (rule, help, targets) if there are any. */
export async function expectNoAxeViolations(page: Page, label = ''): Promise<void> {
  const results = await whileAxeRuns(page, () => new AxeBuilder({ page }).withTags(AXE_TAGS).analyze());
  const violations = results.violations
    .map((violation) => ({ ...violation, nodes: violation.nodes.filter((node) => !allowed(violation, selectorOf(node.target))) }))
    .filter((violation) => violation.nodes.length > 0);
  markChecked(page);
  if (violations.length > 0) {
    const where = `${label ? `${label} — ` : ''}${page.url()}`;
    throw new Error(`axe found ${violations.length} accessibility violation(s) on ${where}:\n${formatViolations(violations)}`);
  }
}

// Which documents a journey has loaded and whether axe looked at each, so a journey cannot skip a page.
const visits = new WeakMap<Page, { url: string; checked: boolean }[]>();

function markChecked(page: Page): void {
  const last = visits.get(page)?.at(-1);
  if (last) last.checked = true;
}

/**
 * From now on, records every document the tab loads: a redirect ends in one load, and a jump to an anchor on the
 * same page is not a new document.
 */
export function trackVisits(page: Page): void {
  const list: { url: string; checked: boolean }[] = [];
  visits.set(page, list);
  page.on('domcontentloaded', () => list.push({ url: page.url(), checked: false }));
}

/** Fails when a page loaded since `trackVisits` was never checked with `expectNoAxeViolations`. */
export function expectEveryPageChecked(page: Page): void {
  const unchecked = (visits.get(page) ?? []).filter((visit) => !visit.checked).map((visit) => visit.url);
  if (unchecked.length > 0) throw new Error(`pages visited without an axe check:\n  ${unchecked.join('\n  ')}`);
}
