import type { CatalogedRoute } from './route-catalogue.ts';
import type { Permission } from '../auth/permissions.ts';
import type { SessionUser } from '../auth/sessions.ts';
import type { I18n } from '../i18n/translator.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered on the app with its access rule (see route-catalogue.ts). */
    routeCatalogue: CatalogedRoute[];
  }
  interface FastifyRequest {
    i18n: I18n;
    user: SessionUser | null;
    /** Set when the session cookie named a session that had timed out, so sign-in can say so. */
    sessionExpired: boolean;
    /** A session past the password but still owing its second factor; `user` stays null until it is given. */
    pendingSignIn: { user: SessionUser; totpEnabled: boolean } | null;
  }
  interface FastifyReply {
    /** Sends server-rendered HTML (a JSX result) with the given status. */
    html: (markup: JSX.Element, status?: number) => Promise<FastifyReply>;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in (sign-in page, ops endpoints, assets). */
    public?: boolean;
    /** The permission a signed-in user needs; checked before the handler runs. */
    permission?: Permission;
    /**
     * A person page that leads a merged record to its survivor itself, inside its own read of the person
     * (`showPersonPage`), so the root hook need not ask the database first on every view.
     */
    redirectsMergedPerson?: boolean;
  }
}
