import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/platform/auth/users.service.ts';
import { createTestApp, formSession, mergeCookies, signIn, type TestApp } from '../support/app.ts';

const TEMPORARY = 'temporary-pass-4821';
const CHOSEN = 'Кара-Балта күзүндө 1987';

let test: TestApp;
beforeAll(async () => {
  test = await createTestApp();
  await createUser(test.database.db, {
    username: 'n.temirova',
    displayName: 'Нуриза Темирова',
    password: TEMPORARY,
    roles: [{ role: 'prison_officer', unitCode: 'PRISON_47' }],
    mustChangePassword: true,
  });
});
afterAll(() => test.close());

async function submit(cookies: string, fields: Record<string, string>) {
  const session = await formSession(test.app, cookies, '/account/password');
  return test.app.inject({
    method: 'POST',
    url: '/account/password',
    headers: { cookie: session.cookies, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: session.csrf, ...fields }).toString(),
  });
}

describe('temporary passwords and changing your password', () => {
  it('sends a user with a temporary password to the change page from every other page, and refuses the API', async () => {
    const cookies = await signIn(test.app, 'n.temirova', TEMPORARY);
    for (const url of ['/', '/reference']) {
      const response = await test.app.inject({ url, headers: { cookie: cookies } });
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe('/account/password');
    }
    const page = await test.app.inject({ url: '/account/password', headers: { cookie: cookies } });
    expect(page.body).toContain('Сиз убактылуу сырсөз менен кирдиңиз');
    const api = await test.app.inject({ url: '/api/v1/reference/org-units', headers: { cookie: cookies } });
    expect(api.statusCode).toBe(403);
    expect(api.json<{ error: { code: string } }>().error.code).toBe('password_change_required');
  });

  it('explains each problem in Kyrgyz and never sends a password back to the browser', async () => {
    const cookies = await signIn(test.app, 'n.temirova', TEMPORARY);
    const response = await submit(cookies, {
      currentPassword: 'wrong-one-123',
      newPassword: 'temirova2026!',
      confirmPassword: 'different',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Азыркы сырсөзүңүз туура эмес');
    expect(response.body).toContain('Жаңы сырсөз атыңызды же колдонуучу атыңызды камтыбашы керек');
    expect(response.body).toContain('Эки жаңы сырсөз бирдей эмес');
    expect(response.body).not.toContain('temirova2026!');
    expect(response.body).not.toContain('wrong-one-123');
    const common = await submit(cookies, { currentPassword: TEMPORARY, newPassword: 'qwerty123456', confirmPassword: 'qwerty123456' });
    expect(common.body).toContain('Бул сырсөз эң көп колдонулгандардын бири');
  });

  it('changes the password, ends every other session, and lets the user work again', async () => {
    const otherBrowser = await signIn(test.app, 'n.temirova', TEMPORARY);
    const cookies = await signIn(test.app, 'n.temirova', TEMPORARY);
    const response = await submit(cookies, { currentPassword: TEMPORARY, newPassword: CHOSEN, confirmPassword: CHOSEN });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/account/password?changed=1');
    const fresh = mergeCookies(cookies, response);
    expect((await test.app.inject({ url: '/reference', headers: { cookie: fresh } })).statusCode).toBe(200);
    const other = await test.app.inject({ url: '/reference', headers: { cookie: otherBrowser } });
    expect(other.headers.location).toMatch(/^\/sign-in/);
    await expect(signIn(test.app, 'n.temirova', TEMPORARY)).rejects.toThrow(/sign-in failed/);
    await expect(signIn(test.app, 'n.temirova', CHOSEN)).resolves.toContain('kadam_session=');
  });
});
