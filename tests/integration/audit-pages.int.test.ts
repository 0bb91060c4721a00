import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAuditEvent } from '../../src/platform/audit/audit.repository.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';

let test: TestApp;
let auditor: string;
let officer: string;
const PERSON = '3f2c9a1e-0000-4000-8000-000000000001';

const get = (url: string, cookies: string) => test.app.inject({ method: 'GET', url, headers: { cookie: cookies } });
const rowIds = (html: string) => [...html.matchAll(/id="event-(\d+)"/g)].map((match) => Number(match[1]));
const auditRows = async (action: string) =>
  (await test.database.pool.query('SELECT * FROM audit_events WHERE action = $1 ORDER BY seq', [action])).rows as {
    username: string;
    details: Record<string, unknown>;
  }[];

beforeAll(async () => {
  test = await createTestApp();
  await createTestUser(test, 'auditor.one', [{ role: 'auditor', unitCode: 'MINISTRY_OF_JUSTICE' }]);
  await createTestUser(test, 'officer.one', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
  const db = test.database.db;
  // 55 routine events, then a few that the filters single out.
  for (let index = 0; index < 55; index += 1)
    await insertAuditEvent(db, { action: 'reference.read', outcome: 'success', username: 'a.usenov' });
  await insertAuditEvent(db, {
    action: 'person.view',
    outcome: 'denied',
    username: 'n.asanova',
    roles: 'psychologist@PRISON_47',
    personId: PERSON,
    reason: 'outside scope',
    requestId: 'req-12345678',
    // 02:00 on 16 January in Bishkek (UTC+6), still the 15th in UTC.
    occurredAt: new Date('2026-01-15T20:00:00Z'),
  });
  await insertAuditEvent(db, {
    action: 'reference.org_unit.update',
    outcome: 'success',
    username: 'Үсөнов',
    resourceType: 'org_unit',
    resourceId: 'PRISON_47',
    changes: [{ field: 'capacity', from: 1200, to: 1250 }],
    details: { note: '=cmd' },
  });
  auditor = await signIn(test.app, 'auditor.one');
  officer = await signIn(test.app, 'officer.one');
});
afterAll(() => test.close());

describe('the audit trail pages', () => {
  it('shows an auditor the newest events first, 50 a page, and records the viewing with its filters', async () => {
    const first = await get('/audit', auditor);
    expect(first.statusCode).toBe(200);
    const ids = rowIds(first.body);
    expect(ids).toHaveLength(50);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(first.body).toContain('href="/audit/events/');
    // The next-page link is pinned to the first page's newest event, so this view's own event does not shift it.
    const next = /href="(\/audit\?through=(\d+)&(?:amp;)?page=2)"/.exec(first.body);
    expect(next).not.toBeNull();
    const second = await get(next![1]!.replace('&amp;', '&'), auditor);
    const { rows } = await test.database.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events WHERE seq <= $1', [
      next![2],
    ]);
    expect(rowIds(second.body)).toHaveLength(rows[0]!.n - 50);
    expect(rowIds(second.body).every((seq) => seq < Math.min(...ids))).toBe(true);
    const views = await auditRows('audit.view');
    expect(views.at(-1)).toMatchObject({ username: 'auditor.one', details: { filters: {}, page: 2 } });
  });

  it('filters by user, person, action, outcome and period (days in Bishkek time)', async () => {
    const seqOf = async (action: string) =>
      Number((await test.database.pool.query<{ seq: string }>('SELECT seq FROM audit_events WHERE action = $1', [action])).rows[0]!.seq);
    const refused = await seqOf('person.view');
    const edit = await seqOf('reference.org_unit.update');
    expect(rowIds((await get('/audit?username=N.ASANOVA', auditor)).body)).toEqual([refused]);
    expect(rowIds((await get(`/audit?personId=${PERSON}`, auditor)).body)).toEqual([refused]);
    expect(rowIds((await get('/audit?action=reference.org_unit', auditor)).body)).toEqual([edit]);
    expect(rowIds((await get('/audit?outcome=denied&action=person.', auditor)).body)).toEqual([refused]);
    expect(rowIds((await get('/audit?from=16.01.2026&to=2026-01-16', auditor)).body)).toEqual([refused]);
    expect(rowIds((await get('/audit?from=01.01.2026&to=15.01.2026', auditor)).body)).toEqual([]);
    const row = (await get('/audit?username=n.asanova', auditor)).body;
    for (const shown of ['psychologist@PRISON_47', 'outside scope', 'req-12345678', PERSON]) expect(row).toContain(shown);
    expect((await auditRows('audit.view')).at(-1)?.details).toMatchObject({ filters: { username: 'n.asanova' } });
  });

  it('keeps a wrong filter as typed and says what to fix, in the user’s language', async () => {
    const response = await get('/audit?from=31.02.2026&personId=42', auditor);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('govuk-error-summary');
    expect(response.body).toContain('value="31.02.2026"');
    expect(response.body).toContain('Баштап: чыныгы күндү жазыңыз'); // Kyrgyz, the default language
    expect(rowIds(response.body)).toEqual([]);
  });

  it('shows one event with its details and field changes', async () => {
    const seq = Number(
      (await test.database.pool.query<{ seq: string }>("SELECT seq FROM audit_events WHERE action = 'reference.org_unit.update'")).rows[0]!
        .seq,
    );
    const response = await get(`/audit/events/${seq}`, auditor);
    expect(response.statusCode).toBe(200);
    for (const shown of ['capacity', '1200', '1250', 'Үсөнов', 'PRISON_47']) expect(response.body).toContain(shown);
    expect((await get('/audit/events/999999', auditor)).statusCode).toBe(404);
    expect((await auditRows('audit.view_event')).at(-1)).toMatchObject({ username: 'auditor.one' });
  });

  it('exports the filtered events as CSV with a byte-order mark, and records the export with its filters', async () => {
    const response = await get('/audit/export.csv?action=reference.org_unit', auditor);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="kadam-audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = response.body.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFseq,occurred_at,user_id,username,roles,unit_id,action,resource_type,resource_id,person_id,request_id,source_address,outcome,reason,details,changes',
    );
    expect(lines).toHaveLength(3); // header, one event, the empty string after the last line break
    expect(lines[1]).toContain(',Үсөнов,');
    expect(lines[1]).toContain('"{""note"":""=cmd""}"');
    expect(lines[1]).toContain('"[{""to"":1250,""from"":1200,""field"":""capacity""}]"');
    expect((await auditRows('audit.export')).at(-1)).toMatchObject({
      username: 'auditor.one',
      details: { filters: { action: 'reference.org_unit' }, format: 'csv' },
    });
    const everything = await get('/audit/export.csv', auditor);
    expect(everything.body.split('\r\n').length).toBeGreaterThan(57);
  });

  it('refuses a prison officer with 403 on every audit page', async () => {
    for (const url of ['/audit', '/audit/export.csv', '/audit/events/1']) expect((await get(url, officer)).statusCode, url).toBe(403);
    const home = await get('/', officer);
    expect(home.body).not.toContain('href="/audit"');
    expect((await get('/', auditor)).body).toContain('href="/audit"');
  });
});
