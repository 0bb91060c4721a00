import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PageContext } from '../views/page-context.ts';
import { type NavigationItem, visibleNavigation } from '../views/navigation.ts';

/** Builds what the layout needs for this request; the CSRF token is created (and its cookie set) on demand. */
export function createPageContextFactory(navigation: readonly NavigationItem[]) {
  return (request: FastifyRequest, reply: FastifyReply): PageContext => ({
    i18n: request.i18n,
    user: request.user,
    csrfToken: safeCsrfToken(reply),
    path: request.url.split('?')[0] ?? '/',
    navigation: visibleNavigation(navigation, request.user),
    requestId: request.id,
  });
}

function safeCsrfToken(reply: FastifyReply): string {
  try {
    return reply.generateCsrf();
  } catch {
    // Error pages rendered before the cookie plugin ran still render, without working forms.
    return '';
  }
}

export type PageContextFactory = ReturnType<typeof createPageContextFactory>;
