import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PARTNERS } from '../../src/modules/partners/partners.service.ts';
import { partnerProfiles } from '../../src/modules/partners/partners.tables.ts';
import { auditEvents } from '../../src/platform/audit/audit.tables.ts';
import { territories } from '../../src/platform/org/org.tables.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { demoPartners, postForm, unitIdOf } from './referrals.fixture.ts';

let test: TestApp;
const cookies: Record<string, string> = {};
let partners: { women: string; legal: string };

beforeAll(async () => {
  test = await createTestApp();
  partners = await demoPartners(test);
  await createTestUser(test, 'pd.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
  await createTestUser(test, 'pd.manager', [{ role: 'probation_manager', unitCode: 'PROBATION_OSH' }]);
  for (const name of ['pd.officer', 'pd.manager']) cookies[name] = await signIn(test.app, name);
});
afterAll(() => test.close());

const get = (url: string, who: string) => test.app.inject({ url, headers: { cookie: cookies[who]! } });
const territoryId = async (code: string) => (await test.database.db.select().from(territories).where(eq(territories.code, code)))[0]!.id;

describe('the partner directory', () => {
  it('lists every demo partner with its services, and filters by service and district', async () => {
    const all = await get('/partners', 'pd.officer');
    expect(all.statusCode).toBe(200);
    for (const partner of DEMO_PARTNERS) expect(all.body).toContain(partner.name.ky);
    const legal = await get('/partners?service=legal_aid', 'pd.officer');
    expect(legal.body).toContain('«Укук көмөгү» КЭУ (демо)');
    expect(legal.body).not.toContain('«Ак-Жол» аялдар комитети (демо)');
    const karasuu = await get(`/partners?district=${await territoryId('KG-O-KARASUU')}`, 'pd.officer');
    expect(karasuu.body).toContain('«Ак-Жол» аялдар комитети (демо)');
    expect(karasuu.body).not.toContain('«Укук көмөгү» КЭУ (демо)');
  });

  it('shows a partner’s contact people, and the edit button only to those who manage partners', async () => {
    const page = await get('/partners/DEMO_PARTNER_OSH_WOMEN', 'pd.officer');
    expect(page.body).toContain('Гүлмира Демоева');
    expect(page.body).not.toContain('/partners/DEMO_PARTNER_OSH_WOMEN/edit');
    expect((await get('/partners/DEMO_PARTNER_OSH_WOMEN', 'pd.manager')).body).toContain('/partners/DEMO_PARTNER_OSH_WOMEN/edit');
    expect((await get('/partners/DEMO_PARTNER_OSH_WOMEN/edit', 'pd.officer')).statusCode).toBe(403);
  });
});

describe('editing a partner', () => {
  const url = '/partners/DEMO_PARTNER_OSH_LEGAL/edit';

  it('saves services, districts and contacts, audited with the changes', async () => {
    const osh = await territoryId('KG-GO');
    const response = await postForm(test, cookies['pd.manager']!, url, url, {
      kind: 'ngo',
      services: 'housing',
      districtIds: osh,
      contact0Name: 'Эркин Демоев',
      contact0Phone: '+996 000 000 199',
      version: '1',
    });
    expect(response.statusCode).toBe(303);
    const page = await get('/partners/DEMO_PARTNER_OSH_LEGAL', 'pd.manager');
    expect(page.body).toContain('Эркин Демоев');
    expect(page.body).toContain('Турак жай');
    expect(page.body).not.toContain('Юридикалык жардам');
    const [event] = await test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'partner.update'), eq(auditEvents.requestId, String(response.headers['x-request-id']))));
    expect(event?.changes?.map((change) => change.field).sort()).toEqual(['contacts', 'districtIds', 'services']);
    const [profile] = await test.database.db.select().from(partnerProfiles).where(eq(partnerProfiles.unitId, partners.legal));
    expect(profile?.version).toBe(2);
  });

  it('refuses bad input with every message and keeps what was typed', async () => {
    const response = await postForm(test, cookies['pd.manager']!, url, url, {
      kind: 'ngo',
      contact0Name: 'Аты жок почта',
      contact0Email: 'not-an-address',
      version: '2',
    });
    expect(response.statusCode).toBe(400);
    for (const message of [
      'Тизмеден жок дегенде бир кызматты тандаңыз.',
      'Өнөктөш иштеген жок дегенде бир районду тандаңыз.',
      'Электрондук почтаны туура форматта жазыңыз',
    ])
      expect(response.body).toContain(message);
    expect(response.body).toContain('value="not-an-address"');
  });

  it('refuses a save over someone else’s change', async () => {
    const response = await postForm(test, cookies['pd.manager']!, url, url, {
      kind: 'other',
      services: 'housing',
      districtIds: await territoryId('KG-GO'),
      version: '1',
    });
    expect(response.statusCode).toBe(409);
    const [profile] = await test.database.db
      .select()
      .from(partnerProfiles)
      .where(eq(partnerProfiles.unitId, await unitIdOf(test, 'DEMO_PARTNER_OSH_LEGAL')));
    expect(profile?.kind).toBe('ngo');
  });
});
