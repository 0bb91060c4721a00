import type { SessionUser } from '../auth/sessions.ts';
import type { Executor } from '../db/pool.ts';
import type { MessageKey } from '../i18n/catalog.ts';

/**
 * A user's worklist is made of sections that each module contributes: plan reviews due, sessions today,
 * enrolments waiting, releases without a pre-release plan, handovers pending… The worklists module shows them;
 * the modules that own the work decide what is due for whom, within the user's own scope (never wider).
 */
export type WorklistItem = {
  href: string;
  /** The person's name as the list shows it, or the item's own title (a programme group, a session). */
  title: string;
  /** A line under the title, already in the user's language (e.g. "Review due 01.12.2026"). */
  detail: string | null;
  /** yyyy-mm-dd; items are ordered by it, overdue ones first. */
  due: string | null;
  overdue: boolean;
};

export type WorklistSection = { key: string; title: MessageKey; items: WorklistItem[] };

export type WorklistContext = {
  tx: Executor;
  user: SessionUser;
  /** Today in Bishkek, yyyy-mm-dd. */
  today: string;
  /** Translate in the user's language. */
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
};

type Source = (context: WorklistContext) => Promise<WorklistSection[]>;
const sources = new Map<string, Source>();

/** Registered at start-up under a name, so that building many apps (tests) keeps one per module. */
export function registerWorklistSource(name: string, source: Source): void {
  sources.set(name, source);
}

export async function worklistSections(context: WorklistContext): Promise<WorklistSection[]> {
  const sections: WorklistSection[] = [];
  for (const source of sources.values()) sections.push(...(await source(context)));
  return sections;
}
