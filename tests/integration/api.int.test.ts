import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createTestUser, formSession, signIn, type TestApp } from '../support/app.ts';

let test: TestApp;
let admin: { cookies: string; csrf: string };
let officerCookies: string;

beforeAll(async () => {
  test = await createTestApp({ bodyLimit: 8 * 1024 });
  await createTestUser(test, 'api.admin', [{ role: 'system_admin', unitCode: 'MINISTRY_OF_JUSTICE' }]);
  await createTestUser(test, 'api.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
  const session = await formSession(test.app, await signIn(test.app, 'api.admin'));
  admin = { cookies: session.cookies, csrf: session.csrf };
  officerCookies = await signIn(test.app, 'api.officer');
});
afterAll(() => test.close());

const patch = (body: unknown, headers: Record<string, string> = {}) =>
  test.app.inject({
    method: 'PATCH',
    url: '/api/v1/reference/org-units/PRISON_47',
    headers: { cookie: admin.cookies, 'x-csrf-token': admin.csrf, 'content-type': 'application/json', ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('JSON API', () => {
  it('publishes an OpenAPI 3.1 document generated from the zod schemas', async () => {
    const response = await test.app.inject({ url: '/api/docs' });
    expect(response.statusCode).toBe(200);
    const document = response.json<{ openapi: string; paths: Record<string, Record<string, { requestBody?: unknown }>> }>();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toContain('/api/v1/reference/org-units/{code}');
    expect(document.paths['/api/v1/reference/org-units/{code}']?.patch?.requestBody).toBeDefined();
  });

  it('answers an anonymous call with 401 in the error format', async () => {
    const response = await test.app.inject({ url: '/api/v1/reference/org-units' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ error: { code: 'unauthorised', message: expect.any(String) as string, details: [] } });
  });

  it('lists organisation units for a signed-in user', async () => {
    const response = await test.app.inject({ url: '/api/v1/reference/org-units', headers: { cookie: officerCookies } });
    expect(response.statusCode).toBe(200);
    const items = response.json<{ items: { code: string; veUnit: boolean }[] }>().items;
    expect(items.find((item) => item.code === 'PRISON_16')?.veUnit).toBe(true);
  });

  it('answers 403 when the role lacks the permission', async () => {
    const response = await test.app.inject({
      method: 'PATCH',
      url: '/api/v1/reference/org-units/PRISON_47',
      headers: { cookie: officerCookies, 'content-type': 'application/json', 'if-match': '"1"' },
      payload: '{}',
    });
    expect(response.statusCode).toBe(403);
  });

  it('requires If-Match on an edit (428)', async () => {
    const response = await patch({ capacity: 100 });
    expect(response.statusCode).toBe(428);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('reference.version_required');
  });

  it('rejects unknown fields, naming each one', async () => {
    const response = await patch({ capacity: 100, colour: 'red' }, { 'if-match': '"1"' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'validation_failed', details: [{ path: 'colour', code: 'unknown_field' }] } });
  });

  it('rejects malformed JSON with 400 and a body over the limit with 413', async () => {
    expect((await patch('{"capacity":', { 'if-match': '"1"' })).statusCode).toBe(400);
    const large = await patch({ name: { ky: 'x'.repeat(9000), ru: 'x', en: 'x' } }, { 'if-match': '"1"' });
    expect(large.statusCode).toBe(413);
    expect(large.json<{ error: { code: string } }>().error.code).toBe('payload_too_large');
  });

  it('saves an edit with the current version, returns the new ETag, and refuses the stale one (412)', async () => {
    const current = await test.app.inject({ url: '/api/v1/reference/org-units/PRISON_47', headers: { cookie: admin.cookies } });
    const etag = current.headers.etag as string;
    const saved = await patch({ capacity: 1200 }, { 'if-match': etag });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ code: 'PRISON_47', capacity: 1200 });
    expect(saved.headers.etag).not.toBe(etag);

    const stale = await patch({ capacity: 900 }, { 'if-match': etag });
    expect(stale.statusCode).toBe(412);
    const after = await test.app.inject({ url: '/api/v1/reference/org-units/PRISON_47', headers: { cookie: admin.cookies } });
    expect(after.json<{ capacity: number }>().capacity).toBe(1200);
  });

  it('answers an unknown unit with 404 in the error format', async () => {
    const response = await test.app.inject({ url: '/api/v1/reference/org-units/NO_SUCH_UNIT', headers: { cookie: officerCookies } });
    expect(response.statusCode).toBe(404);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('reference.unit_not_found');
  });

  it('refuses a cookie-authenticated change without a CSRF token', async () => {
    const response = await test.app.inject({
      method: 'PATCH',
      url: '/api/v1/reference/org-units/PRISON_47',
      headers: { cookie: admin.cookies, 'content-type': 'application/json', 'if-match': '"1"' },
      payload: '{}',
    });
    expect(response.statusCode).toBe(403);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('csrf_invalid');
  });
});

describe('JSON API errors in the caller language', () => {
  it('explains a wrong value in Kyrgyz by default, naming the field', async () => {
    const response = await patch({ capacity: 'many' }, { 'if-match': '"1"' });
    expect(response.statusCode).toBe(400);
    const body = response.json<{ error: { message: string; details: { path: string; message: string }[] } }>();
    expect(body.error.message).toBe('Кээ бир маалыматтар жок же туура эмес.');
    expect(body.error.details[0]).toMatchObject({ path: 'capacity', message: 'Туура capacity киргизиңиз' });
  });
});
