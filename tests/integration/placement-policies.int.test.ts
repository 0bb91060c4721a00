import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placementPolicies } from '../../src/modules/assessments/classification.tables.ts';
import { orgUnits } from '../../src/platform/org/org.tables.ts';
import { createTestApp, createTestUser, formSession, signIn, type TestApp } from '../support/app.ts';

let test: TestApp;
let manager: string;

beforeAll(async () => {
  test = await createTestApp();
  await createTestUser(test, 'policy.manager', [{ role: 'facility_manager', unitCode: 'PRISON_47' }]);
  manager = await signIn(test.app, 'policy.manager');
});
afterAll(() => test.close());

async function post(code: string, options: string[]) {
  const session = await formSession(test.app, manager, '/admin/placement-policies');
  const body = new URLSearchParams({ _csrf: session.csrf });
  for (const option of options) body.append('options', option);
  return test.app.inject({
    method: 'POST',
    url: `/admin/placement-policies/${code}`,
    headers: { cookie: session.cookies, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    payload: body.toString(),
  });
}

const policyOf = async (code: string) => {
  const [unit] = await test.database.db.select().from(orgUnits).where(eq(orgUnits.code, code));
  const [policy] = await test.database.db.select().from(placementPolicies).where(eq(placementPolicies.unitId, unit!.id));
  return policy?.options;
};

describe('facility placement policies', () => {
  it("lists only the manager's own facilities, each as running all three options until a policy is recorded", async () => {
    const page = await test.app.inject({ url: '/admin/placement-policies', headers: { cookie: manager } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('/admin/placement-policies/PRISON_47');
    expect(page.body).not.toContain('/admin/placement-policies/PRISON_16');
    expect(page.body).toContain('Жазылган эмес: үчөө тең');
  });

  it('records the options a facility runs, which the classification proposal then keeps to', async () => {
    const saved = await post('PRISON_47', ['dispersal', 'concentration']);
    expect(saved.statusCode).toBe(303);
    expect(await policyOf('PRISON_47')).toEqual(['dispersal', 'concentration']);
  });

  it('refuses a policy with no option in Kyrgyz, showing what was sent, and keeps the recorded one', async () => {
    const refused = await post('PRISON_47', []);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Мекеме колдонгон жок дегенде бир жайгаштыруу вариантын тандаңыз');
    expect(await policyOf('PRISON_47')).toEqual(['dispersal', 'concentration']);
  });

  it("answers 404 for another facility's policy and changes nothing", async () => {
    expect((await post('PRISON_16', ['separation'])).statusCode).toBe(404);
    expect(await policyOf('PRISON_16')).toBeUndefined();
  });
});
