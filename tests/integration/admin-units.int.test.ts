import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createTestUser, formSession, signIn, type TestApp } from '../support/app.ts';

let test: TestApp;
let adminCookies: string;
let officerCookies: string;

beforeAll(async () => {
  test = await createTestApp();
  await createTestUser(test, 'units.admin', [{ role: 'system_admin', unitCode: 'MINISTRY_OF_JUSTICE' }]);
  await createTestUser(test, 'units.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
  adminCookies = await signIn(test.app, 'units.admin');
  officerCookies = await signIn(test.app, 'units.officer');
});
afterAll(() => test.close());

async function post(url: string, fields: Record<string, string>, formUrl = url) {
  const session = await formSession(test.app, adminCookies, formUrl);
  return test.app.inject({
    method: 'POST',
    url,
    headers: { cookie: session.cookies, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    payload: new URLSearchParams({ _csrf: session.csrf, ...fields }).toString(),
  });
}

const newUnit = (code: string, extra: Record<string, string> = {}) => ({
  code,
  kind: 'partner_organisation',
  parentCode: 'MINISTRY_OF_JUSTICE',
  territoryCode: '',
  nameKy: `${code} ky`,
  nameRu: `${code} ru`,
  nameEn: `${code} en`,
  regime: '',
  capacity: '',
  ...extra,
});

async function auditRows(action: string, resourceId: string) {
  const result = await test.database.pool.query<{ changes: { field: string; from: unknown; to: unknown }[] }>(
    'SELECT changes FROM audit_events WHERE action = $1 AND resource_id = $2',
    [action, resourceId],
  );
  return result.rows;
}

describe('organisation unit administration', () => {
  it('shows the tree with each unit under its parent, with type and district', async () => {
    const response = await test.app.inject({ url: '/admin/units', headers: { cookie: adminCookies } });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('id="unit-MINISTRY_OF_JUSTICE"');
    // Nested: the colony's list item sits inside its parent's.
    const parentAt = response.body.indexOf('id="unit-MINISTRY_OF_JUSTICE"');
    expect(response.body.indexOf('id="unit-PRISON_47"')).toBeGreaterThan(parentAt);
    expect(response.body).toContain('Түзөтүү колониясы');
  });

  it('refuses a prison officer with 403', async () => {
    for (const url of ['/admin/units', '/admin/units/new', '/admin/units/PRISON_47/edit']) {
      const response = await test.app.inject({ url, headers: { cookie: officerCookies } });
      expect(response.statusCode, url).toBe(403);
    }
  });

  it('creates a partner organisation and audits it with its fields', async () => {
    const response = await post('/admin/units/new', newUnit('PARTNER_TEST', { territoryCode: 'KG-GO' }));
    expect(response.statusCode).toBe(303);
    const list = await test.app.inject({ url: '/admin/units', headers: { cookie: adminCookies } });
    expect(list.body).toContain('PARTNER_TEST ky');
    expect(list.body).toMatch(/PARTNER_TEST · Өнөктөш уюм · Ош/);
    const [event] = await auditRows('org_unit.create', 'PARTNER_TEST');
    expect(event?.changes).toContainEqual({ field: 'kind', from: null, to: 'partner_organisation' });
  });

  it('re-shows the create form in the user’s language, keeping what was typed, when fields are wrong', async () => {
    const response = await post('/admin/units/new', newUnit('bad code', { nameKy: '', nameRu: 'Оставить', regime: 'strict' }));
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('href="#code"');
    expect(response.body).toContain('Кыргызча аталышы киргизиңиз');
    expect(response.body).toContain('value="Оставить"');
    expect(response.body).toContain('value="bad code"');
  });

  it('refuses a regime on a unit that is not a colony, and a code already in use', async () => {
    const regime = await post('/admin/units/new', newUnit('PARTNER_REGIME', { regime: 'strict' }));
    expect(regime.statusCode).toBe(400);
    expect(regime.body).toContain('href="#regime"');
    const taken = await post('/admin/units/new', newUnit('PRISON_47'));
    expect(taken.statusCode).toBe(400);
    expect(taken.body).toContain('Мындай коду бар бөлүм мурунтан эле бар');
  });

  it('refuses to make a unit its own ancestor', async () => {
    await post('/admin/units/new', newUnit('TREE_TOP'));
    await post('/admin/units/new', newUnit('TREE_CHILD', { parentCode: 'TREE_TOP' }));
    const session = await formSession(test.app, adminCookies, '/admin/units/TREE_TOP/edit');
    const version = /name="version" value="(\d+)"/.exec(session.page.body)?.[1] ?? '';
    const fields = { ...newUnit('TREE_TOP'), version, active: 'yes' };
    for (const parentCode of ['TREE_CHILD', 'TREE_TOP']) {
      const response = await post('/admin/units/TREE_TOP/edit', { ...fields, parentCode });
      expect(response.statusCode, parentCode).toBe(400);
      expect(response.body).toContain('Бөлүмдү өзүнүн ичине');
    }
  });

  it('edits a unit, audits the field changes, and refuses a stale save with 409 keeping what was typed', async () => {
    await post('/admin/units/new', newUnit('EDIT_ME'));
    const first = await formSession(test.app, adminCookies, '/admin/units/EDIT_ME/edit');
    const version = /name="version" value="(\d+)"/.exec(first.page.body)?.[1] ?? '';
    const saved = await post('/admin/units/EDIT_ME/edit', { ...newUnit('EDIT_ME', { nameEn: 'Renamed' }), version, active: 'yes' });
    expect(saved.statusCode).toBe(303);
    const [event] = await auditRows('org_unit.update', 'EDIT_ME');
    expect(event?.changes).toEqual([
      {
        field: 'name',
        from: { ky: 'EDIT_ME ky', ru: 'EDIT_ME ru', en: 'EDIT_ME en' },
        to: { ky: 'EDIT_ME ky', ru: 'EDIT_ME ru', en: 'Renamed' },
      },
    ]);

    const stale = await post('/admin/units/EDIT_ME/edit', { ...newUnit('EDIT_ME', { nameRu: 'Набрано мной' }), version, active: 'yes' });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Бул жазууну башка бирөө өзгөрттү');
    expect(stale.body).toContain('value="Набрано мной"');
    expect(stale.body).toContain(`name="version" value="${version}"`);
  });

  it('leaves the reference edit page working', async () => {
    const response = await test.app.inject({ url: '/reference/org-units/PRISON_47/edit', headers: { cookie: adminCookies } });
    expect(response.statusCode).toBe(200);
  });
});
