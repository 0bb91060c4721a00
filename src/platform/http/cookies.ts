import type { AppConfig } from '../config/config.ts';

/** Cookie names and options in one place: production uses the `__Host-` prefix, which requires Secure. */
export function sessionCookie(config: Pick<AppConfig, 'env'>) {
  const production = config.env === 'production';
  return {
    name: production ? '__Host-kadam_session' : 'kadam_session',
    options: { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: production },
  };
}

export const LANGUAGE_COOKIE = 'kadam_lang';
