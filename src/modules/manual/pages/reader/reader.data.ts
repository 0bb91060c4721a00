import type { SessionUser } from '../../../../platform/auth/sessions.ts';
import type { Executor } from '../../../../platform/db/pool.ts';
import type { Locale } from '../../../../platform/i18n/locales.ts';
import { isManualCode, ManualRefused } from '../../manual.errors.ts';
import {
  acknowledgementOf,
  currentVersion,
  excerptOf,
  searchSections,
  sectionsOf,
  versionByNumber,
  versionsOf,
} from '../../manual.repository.ts';

/**
 * One manual as the reader asked for it: the current version or an earlier one (`?version=`), its sections,
 * every version for the list at the end, whether the reader has acknowledged the current one, and the search
 * results (`?q=`) over the current version in the reader's language.
 */
export async function loadManual(
  tx: Executor,
  user: SessionUser,
  input: { code: string; version?: string | undefined; query: string; locale: Locale },
) {
  if (!isManualCode(input.code)) throw new ManualRefused('not_found', 404);
  const current = await currentVersion(tx, input.code);
  if (!current) throw new ManualRefused('not_found', 404);
  const wanted = input.version ? Number(input.version) : current.version;
  const shown = Number.isInteger(wanted) && wanted !== current.version ? await versionByNumber(tx, input.code, wanted) : current;
  if (!shown) throw new ManualRefused('not_found', 404);
  const hits = input.query.trim() === '' ? null : await searchSections(tx, current.id, input.locale, input.query);
  return {
    current,
    shown,
    sections: await sectionsOf(tx, shown.id),
    versions: await versionsOf(tx, input.code),
    acknowledged: (await acknowledgementOf(tx, current.id, user.id)) ?? null,
    query: input.query,
    hits: hits?.map((hit) => ({ position: hit.position, title: hit.title, excerpt: excerptOf(hit.body, input.query) })) ?? null,
  };
}

export type ManualPage = Awaited<ReturnType<typeof loadManual>>;
