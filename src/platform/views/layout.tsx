import { LOCALE_NAMES, LOCALES } from '../i18n/locales.ts';
import type { PageContext } from './page-context.ts';

type LayoutProps = { context: PageContext; title: string; children?: JSX.Element | (JSX.Element | JSX.Element[])[] };

/**
 * The app shell: GOV.UK Frontend and MoJ Frontend components, rebranded — no crown, no GOV.UK name, PT Sans.
 * No inline script or style: the CSP forbids them, and /assets/app.js marks the body as JS-enabled.
 */
export function Layout({ context, title, children }: LayoutProps): JSX.Element {
  const { i18n } = context;
  const { t } = i18n;
  // Children are rendered JSX, already escaped where they were built.
  const safeChildren = children;
  return (
    <>
      {'<!DOCTYPE html>'}
      <html lang={i18n.locale} class="govuk-template govuk-template--rebranded">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
          <meta name="theme-color" content="#0b3d4c" />
          <title safe>{`${title} — ${t('app.name')}`}</title>
          <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
          <link rel="stylesheet" href="/assets/app.css" />
          <script type="module" src="/assets/app.js"></script>
        </head>
        <body class="govuk-template__body">
          <a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link" safe>
            {t('app.skipToContent')}
          </a>
          <Header context={context} />
          <div class="govuk-width-container">
            <main class="govuk-main-wrapper" id="main-content" role="main">
              {safeChildren}
            </main>
          </div>
          <footer class="govuk-footer" role="contentinfo">
            <div class="govuk-width-container">
              <p class="govuk-body-s kadam-footer__text" safe>
                {t('app.footer')}
              </p>
            </div>
          </footer>
        </body>
      </html>
    </>
  );
}

function Header({ context }: { context: PageContext }): JSX.Element {
  const { i18n, user, navigation, path } = context;
  const { t } = i18n;
  return (
    <>
      <header class="moj-header kadam-header" role="banner">
        <div class="moj-header__container">
          <div class="moj-header__logo">
            <a class="moj-header__link moj-header__link--organisation-name kadam-header__name" href="/">
              Kadam
            </a>
            <span class="kadam-header__tagline" safe>
              {t('app.tagline')}
            </span>
          </div>
          <div class="moj-header__content">
            <nav class="moj-header__navigation" aria-label={t('app.language')}>
              <form method="post" action="/language" class="kadam-language-switcher">
                <input type="hidden" name="_csrf" value={context.csrfToken} />
                <input type="hidden" name="returnTo" value={path} />
                <ul class="moj-header__navigation-list">
                  {LOCALES.map((locale) => (
                    <li class="moj-header__navigation-item">
                      <button
                        type="submit"
                        name="locale"
                        value={locale}
                        lang={locale}
                        class="kadam-header__button"
                        aria-current={locale === i18n.locale ? 'true' : undefined}
                        safe
                      >
                        {LOCALE_NAMES[locale]}
                      </button>
                    </li>
                  ))}
                </ul>
              </form>
              {user ? (
                <ul class="moj-header__navigation-list kadam-header__user">
                  <li class="moj-header__navigation-item kadam-header__identity">
                    <span safe>{t('app.signedInAs', { name: user.displayName })}</span>
                    <span class="kadam-header__unit" safe>
                      {user.homeUnitName ? user.homeUnitName[i18n.locale] : t('app.noUnit')}
                    </span>
                  </li>
                  <li class="moj-header__navigation-item">
                    <a class="moj-header__navigation-link" href="/account/password" safe>
                      {t('auth.password.link')}
                    </a>
                  </li>
                  <li class="moj-header__navigation-item">
                    <form method="post" action="/sign-out">
                      <input type="hidden" name="_csrf" value={context.csrfToken} />
                      <button type="submit" class="kadam-header__button" safe>
                        {t('app.signOut')}
                      </button>
                    </form>
                  </li>
                </ul>
              ) : (
                ''
              )}
            </nav>
          </div>
        </div>
      </header>
      {navigation.length > 0 ? (
        <div class="moj-primary-navigation">
          <div class="moj-primary-navigation__container">
            <div class="moj-primary-navigation__nav">
              <nav class="moj-primary-navigation" aria-label={t('app.mainNavigation')}>
                <ul class="moj-primary-navigation__list">
                  {navigation.map((item) => (
                    <li class="moj-primary-navigation__item">
                      <a
                        class="moj-primary-navigation__link"
                        href={item.href}
                        aria-current={isCurrent(item.href, path) ? 'page' : undefined}
                        safe
                      >
                        {t(item.labelKey)}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            </div>
          </div>
        </div>
      ) : (
        ''
      )}
    </>
  );
}

function isCurrent(href: string, path: string): boolean {
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}
