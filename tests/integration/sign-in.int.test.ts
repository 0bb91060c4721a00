import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createTestUser, csrfTokenOf, mergeCookies, signIn, type TestApp } from '../support/app.ts';

let test: TestApp;
beforeAll(async () => {
  test = await createTestApp();
  await createTestUser(test, 'officer.one', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
});
afterAll(() => test.close());

describe('sign-in', () => {
  it('serves the sign-in page in Kyrgyz by default', async () => {
    const response = await test.app.inject({ url: '/sign-in' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<html lang="ky"');
    expect(response.body).toContain('Kadam системасына кирүү');
  });

  it('sends an anonymous visitor of a page to sign-in, remembering where they were going', async () => {
    const response = await test.app.inject({ url: '/reference' });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/sign-in?returnTo=%2Freference');
  });

  it('signs in with the right password and shows the user and their unit in the header', async () => {
    const cookies = await signIn(test.app, 'officer.one');
    const home = await test.app.inject({ url: '/', headers: { cookie: cookies } });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('Test officer.one');
    expect(home.body).toContain('№47');
  });

  it('answers a wrong password and an unknown account identically, keeping the username typed', async () => {
    const attempt = async (username: string) => {
      const page = await test.app.inject({ url: '/sign-in' });
      return test.app.inject({
        method: 'POST',
        url: '/sign-in',
        headers: { cookie: mergeCookies('', page), 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ _csrf: csrfTokenOf(page.body), username, password: 'wrong-password-123' }).toString(),
      });
    };
    const wrongPassword = await attempt('officer.one');
    const unknown = await attempt('nobody.here');
    expect(wrongPassword.statusCode).toBe(400);
    expect(unknown.statusCode).toBe(400);
    expect(wrongPassword.body).toContain('govuk-error-summary');
    expect(wrongPassword.body).toContain('value="officer.one"');
    const strip = (html: string, name: string) => html.replace(/value="[^"]*"/g, '').replace(name, '');
    expect(strip(wrongPassword.body, 'officer.one')).toBe(strip(unknown.body, 'nobody.here'));
  });

  it('refuses a form without a valid CSRF token', async () => {
    const response = await test.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      payload: 'username=officer.one&password=x&_csrf=forged',
    });
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain('Форманын мөөнөтү бүтүп калган');
  });

  it('never redirects outside the site after sign-in', async () => {
    const page = await test.app.inject({ url: '/sign-in' });
    const response = await test.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { cookie: mergeCookies('', page), 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        _csrf: csrfTokenOf(page.body),
        username: 'officer.one',
        password: 'correct-horse-battery-staple',
        returnTo: '//evil.example/',
      }).toString(),
    });
    expect(response.headers.location).toBe('/');
  });
});

describe('home page', () => {
  it('shows the date as dd.MM.yyyy and the worklists of the user roles with their empty states', async () => {
    const cookies = await signIn(test.app, 'officer.one');
    const home = await test.app.inject({ url: '/', headers: { cookie: cookies } });
    expect(home.body).toMatch(/Бүгүн \d{2}\.\d{2}\.\d{4}/);
    expect(home.body).toContain('Скринингден өтө элек жаңы келгендер');
    expect(home.body).toContain('Азырынча бул жерде эч нерсе жок.');
    expect(home.body).not.toContain('Мага дайындалган экспертиза иштери');
  });
});
