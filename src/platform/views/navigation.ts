import type { MessageKey } from '../i18n/catalog.ts';
import type { Permission } from '../auth/permissions.ts';
import type { SessionUser } from '../auth/sessions.ts';

export type NavigationItem = { href: string; labelKey: MessageKey; permission: Permission };

/** The items a user sees: only what their roles permit. Modules register theirs through `src/routes.ts`. */
export function visibleNavigation(items: readonly NavigationItem[], user: SessionUser | null): NavigationItem[] {
  if (!user) return [];
  return items.filter((item) => user.permissions.has(item.permission));
}
