import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createTestUser, csrfTokenOf, formSession, mergeCookies, signIn, type TestApp } from '../support/app.ts';

let test: TestApp;
let adminCookies: string;
let officerCookies: string;

beforeAll(async () => {
  test = await createTestApp();
  await createTestUser(test, 'ref.admin', [{ role: 'system_admin', unitCode: 'MINISTRY_OF_JUSTICE' }]);
  await createTestUser(test, 'ref.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
  adminCookies = await signIn(test.app, 'ref.admin');
  officerCookies = await signIn(test.app, 'ref.officer');
});
afterAll(() => test.close());

async function submitEdit(code: string, fields: Record<string, string>, cookies = adminCookies) {
  const session = await formSession(test.app, cookies, `/reference/org-units/${code}/edit`);
  const version = /name="version" value="(\d+)"/.exec(session.page.body)?.[1] ?? '';
  return test.app.inject({
    method: 'POST',
    url: `/reference/org-units/${code}/edit`,
    headers: { cookie: session.cookies, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    payload: new URLSearchParams({ _csrf: session.csrf, version, active: 'yes', ...fields }).toString(),
  });
}

describe('reference data pages', () => {
  it('lists units and marks them as editable reference data', async () => {
    const response = await test.app.inject({ url: '/reference', headers: { cookie: officerCookies } });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Түзөтүлүүчү маалымдама');
    expect(response.body).toContain('Зомбулуктуу экстремисттик соттолгондор үчүн бөлүм');
    expect(response.body).not.toContain('/edit');
  });

  it('shows an officer the 403 page on an edit form, in Kyrgyz', async () => {
    const response = await test.app.inject({ url: '/reference/org-units/PRISON_47/edit', headers: { cookie: officerCookies } });
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain('Бул баракка кирүүгө укугуңуз жок');
  });

  it('shows the 404 page for a unit that does not exist', async () => {
    const response = await test.app.inject({ url: '/reference/org-units/NOPE/edit', headers: { cookie: adminCookies } });
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('Барак табылган жок');
  });

  it('re-shows the form with an error summary and everything typed when a name is blank', async () => {
    const response = await submitEdit('SIZO_1', { nameKy: '', nameRu: 'Новое имя СИЗО', nameEn: 'New SIZO name', capacity: '12a' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('govuk-error-summary');
    expect(response.body).toContain('href="#nameKy"');
    expect(response.body).toContain('Кыргызча аталышы киргизиңиз');
    expect(response.body).toContain('href="#capacity"');
    expect(response.body).toContain('value="Новое имя СИЗО"');
    expect(response.body).toContain('value="12a"');
    const unchanged = await test.app.inject({ url: '/api/v1/reference/org-units/SIZO_1', headers: { cookie: adminCookies } });
    expect(unchanged.json<{ name: { ru: string } }>().name.ru).not.toBe('Новое имя СИЗО');
  });

  it('saves a valid edit and escapes what was saved when showing it', async () => {
    const response = await submitEdit('SIZO_5', { nameKy: 'Ош <b>абагы</b>', nameRu: 'СИЗО Ош', nameEn: 'Osh SIZO', capacity: '400' });
    expect(response.statusCode).toBe(303);
    const list = await test.app.inject({ url: '/reference?saved=1', headers: { cookie: adminCookies } });
    // kitajs escapes `<`, `&` and quotes, which is enough to stop any tag forming.
    expect(list.body).toContain('Ош &lt;b>абагы&lt;/b>');
    expect(list.body).not.toContain('<b>абагы</b>');
  });

  it('refuses a stale edit with a conflict message and keeps what was typed', async () => {
    const first = await formSession(test.app, adminCookies, '/reference/org-units/SIZO_53/edit');
    const second = await formSession(test.app, adminCookies, '/reference/org-units/SIZO_53/edit');
    const post = (session: typeof first, nameEn: string) =>
      test.app.inject({
        method: 'POST',
        url: '/reference/org-units/SIZO_53/edit',
        headers: { cookie: session.cookies, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({
          _csrf: session.csrf,
          version: /name="version" value="(\d+)"/.exec(session.page.body)?.[1] ?? '',
          nameKy: 'Жалал-Абад абагы',
          nameRu: 'СИЗО Джалал-Абад',
          nameEn,
          capacity: '',
          active: 'yes',
        }).toString(),
      });
    expect((await post(first, 'First save')).statusCode).toBe(303);
    const stale = await post(second, 'Second, stale save');
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Бул жазууну башка бирөө өзгөрттү');
    expect(stale.body).toContain('value="Second, stale save"');
    const stored = await test.app.inject({ url: '/api/v1/reference/org-units/SIZO_53', headers: { cookie: adminCookies } });
    expect(stored.json<{ name: { en: string } }>().name.en).toBe('First save');
  });
});

describe('language', () => {
  it('switches an anonymous visitor to Russian with a cookie', async () => {
    const page = await test.app.inject({ url: '/sign-in' });
    const cookies = mergeCookies('', page);
    const switched = await test.app.inject({
      method: 'POST',
      url: '/language',
      headers: { cookie: cookies, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: csrfTokenOf(page.body), locale: 'ru', returnTo: '/sign-in' }).toString(),
    });
    expect(switched.statusCode).toBe(303);
    expect(switched.headers.location).toBe('/sign-in');
    const russian = await test.app.inject({ url: '/sign-in', headers: { cookie: mergeCookies(cookies, switched) } });
    expect(russian.body).toContain('<html lang="ru"');
    expect(russian.body).toContain('Вход в Kadam');
  });

  it('remembers a signed-in user choice on the account, across sessions', async () => {
    await createTestUser(test, 'lang.user', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
    const session = await formSession(test.app, await signIn(test.app, 'lang.user'));
    await test.app.inject({
      method: 'POST',
      url: '/language',
      headers: { cookie: session.cookies, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: session.csrf, locale: 'en', returnTo: '/' }).toString(),
    });
    // A new sign-in from a browser with no language cookie.
    const fresh = await signIn(test.app, 'lang.user');
    const home = await test.app.inject({ url: '/', headers: { cookie: fresh } });
    expect(home.body).toContain('<html lang="en"');
    expect(home.body).toContain('Your work');
  });

  it.each([
    ['ky', 'Башкы бет'],
    ['ru', 'Главная'],
    ['en', 'Home'],
  ])('renders every shell page in %s without showing a raw message key', async (locale, homeLabel) => {
    await createTestUser(test, `all.${locale}`, [{ role: 'system_admin', unitCode: 'MINISTRY_OF_JUSTICE' }]);
    const session = await formSession(test.app, await signIn(test.app, `all.${locale}`));
    const switched = await test.app.inject({
      method: 'POST',
      url: '/language',
      headers: { cookie: session.cookies, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: session.csrf, locale, returnTo: '/' }).toString(),
    });
    const cookies = mergeCookies(session.cookies, switched);
    for (const url of ['/', '/reference', '/reference/org-units/PRISON_16/edit', '/no-such-page']) {
      const response = await test.app.inject({ url, headers: { cookie: cookies } });
      expect(response.body).toContain(`<html lang="${locale}"`);
      expect(response.body).toContain(homeLabel);
      expect(response.body).not.toMatch(
        />\s*(app|nav|error|home|reference|worklist|validation|auth|regime|unitKind|territoryKind)\.[a-zA-Z]/,
      );
    }
  });
});
