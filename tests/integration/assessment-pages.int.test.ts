import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessments } from '../../src/modules/assessments/assessments.tables.ts';
import { assessmentPagesSetup, COMPLETE, ky } from './assessment-pages.fixture.ts';

/**
 * The assessments tab and the assessor's workspace, through the browser's eyes: forms posted as a browser posts
 * them, by an assessor, a colleague at the same time and someone from another prison, each refusal read on the
 * page in Kyrgyz. The reviewer's part is in assessment-review-pages.int.test.ts.
 */

let setup: Awaited<ReturnType<typeof assessmentPagesSetup>>;
let personId: string;
beforeAll(async () => {
  setup = await assessmentPagesSetup();
  personId = setup.personId;
}, 60_000);
afterAll(() => setup.test.close());
const get: typeof setup.get = (...args) => setup.get(...args);
const post: typeof setup.post = (...args) => setup.post(...args);
const assessmentRow: typeof setup.assessmentRow = (id) => setup.assessmentRow(id);

describe('the assessments tab', () => {
  it('lists no assessments yet and offers the published instruments with the reasons to start one', async () => {
    const page = await get(`/people/${personId}/assessments`, 'assessor');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(ky('assessments.page.none'));
    expect(page.body).toContain('<option value="TEST_SCREEN">Сыноо текшерүүсү</option>');
    expect(page.body).toContain(`<option value="admission">${ky('assessments.label.reason.admission')}</option>`);
    expect(page.body).not.toContain('<option value="correction">');
  });

  it('refuses a start without an instrument or a reason, and starts nothing', async () => {
    const response = await post(`/people/${personId}/assessments`, [['instrumentCode', '']], 'assessor');
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain(`href="#instrumentCode">${ky('assessments.page.start.instrumentRequired')}`);
    expect(response.body).toContain(`href="#reason">${ky('assessments.page.start.reasonRequired')}`);
    expect(await setup.test.database.db.select().from(assessments).where(eq(assessments.personId, personId))).toHaveLength(0);
  });

  it('answers 404 to a user whose units do not hold the person', async () => {
    expect((await get(`/people/${personId}/assessments`, 'far')).statusCode).toBe(404);
  });
});

describe('the workspace of a draft', () => {
  let url = '';
  let id = '';

  it('starts a draft with the current version and opens its workspace', async () => {
    const response = await post(
      `/people/${personId}/assessments`,
      [
        ['instrumentCode', 'TEST_SCREEN'],
        ['reason', 'admission'],
      ],
      'assessor',
    );
    expect(response.statusCode).toBe(303);
    url = String(response.headers.location);
    id = url.split('/').pop()!;
    expect(url).toBe(`/people/${personId}/assessments/${id}`);
    const page = await get(url, 'assessor');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`data-autosave="${url}/autosave"`);
    expect(page.body).toContain('name="rowVersion" value="1"');
    expect(page.body).toContain('Сыноо текшерүүсү, 1-версия');
    expect(page.body).toContain('Коркутуу бар'); // the guidance of a rating, in Kyrgyz
    expect(page.body).toContain(`href="#rating-S1">«Зомбулук коркутуулары» үчүн баа тандаңыз`);
    const tab = await get(`/people/${personId}/assessments`, 'assessor');
    expect(tab.body).toContain(`data-assessment-id="${id}"`);
    expect(tab.body).toContain(ky('assessments.label.status.draft'));
  });

  it('saves the draft and shows the rules’ advice as advice', async () => {
    const fields: [string, string][] = [
      ['rowVersion', '1'],
      ['intent', 'save'],
      ['rating-S1', 'yes'],
      ['rating-S2', 'yes'],
    ];
    const response = await post(url, fields, 'assessor');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`${url}?done=saved`);
    const row = await assessmentRow(id);
    expect(row.rowVersion).toBe(2);
    expect(row.answers.ratings).toEqual({ S1: { rating: 'yes' }, S2: { rating: 'yes' } });
    const page = await get(`${url}?done=saved`, 'assessor');
    expect(page.body).toContain(ky('assessments.page.saved'));
    expect(page.body).toContain('data-advice-rule="TWO_FLAGS"');
    expect(page.body).toContain(ky('assessments.page.advice.title'));
  });

  it('refuses the second of two saves made from the same version, keeps what was typed and overwrites nothing', async () => {
    const colleaguePage = await get(url, 'colleague');
    expect(colleaguePage.body).toContain('name="rowVersion" value="2"');
    const first = await post(
      url,
      [
        ['rowVersion', '2'],
        ['intent', 'save'],
        ['rating-S1', 'no'],
        ['evidence-S1', 'Биринчи'],
      ],
      'assessor',
    );
    expect(first.statusCode).toBe(303);
    const second = await post(
      url,
      [
        ['rowVersion', '2'],
        ['intent', 'save'],
        ['evidence-S1', 'Экинчи кызматкердин жазганы'],
      ],
      'colleague',
    );
    expect(second.statusCode).toBe(409);
    expect(second.body).toContain(ky('assessments.refusal.stale'));
    expect(second.body).toContain('Экинчи кызматкердин жазганы</textarea>');
    const row = await assessmentRow(id);
    expect(row.answers.ratings.S1).toEqual({ rating: 'no', evidence: 'Биринчи' });
    expect(row.contributorIds).toHaveLength(1);
  });

  it('answers the autosave with the new row version, and a stale autosave with the conflict in the user’s language', async () => {
    const saved = await post(
      `${url}/autosave`,
      [
        ['rowVersion', '3'],
        ['rating-S1', 'yes'],
      ],
      'assessor',
    );
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ rowVersion: 4 });
    const stale = await post(
      `${url}/autosave`,
      [
        ['rowVersion', '3'],
        ['rating-S1', 'no'],
      ],
      'assessor',
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toEqual({ error: ky('assessments.refusal.stale') });
    expect((await assessmentRow(id)).answers.ratings.S1).toEqual({ rating: 'yes' });
  });

  it('refuses an autosave with an indicator the instrument does not have, in Kyrgyz, and saves nothing', async () => {
    const before = await assessmentRow(id);
    const response = await post(
      `${url}/autosave`,
      [
        ['rowVersion', String(before.rowVersion)],
        ['rating-S1', 'no'],
        ['rating-NOT_IN_THE_INSTRUMENT', 'yes'],
      ],
      'assessor',
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: ky('assessments.refusal.unknown_answer') });
    const after = await assessmentRow(id);
    expect(after.rowVersion).toBe(before.rowVersion);
    expect(after.answers).toEqual(before.answers);
  });

  it('refuses to submit an incomplete assessment, listing each missing field with a link to it', async () => {
    const response = await post(
      url,
      [
        ['rowVersion', '4'],
        ['intent', 'submit'],
        ['rating-S1', 'yes'],
        ['formulation', 'Жарым-жартылай'],
      ],
      'assessor',
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain(ky('assessments.refusal.incomplete'));
    for (const field of ['evidence-S1', 'sources-S1', 'rating-S2', 'free-CONTEXT', 'judgement-VIOLENCE', 'overallReasons'])
      expect(response.body).toContain(`<a href="#${field}">`);
    expect(response.body).not.toContain('<a href="#formulation">');
    expect(response.body).toContain('Жарым-жартылай</textarea>');
    const row = await assessmentRow(id);
    expect(row.status).toBe('draft');
    expect(response.body).toContain(`name="rowVersion" value="${row.rowVersion}"`);
  });

  it('submits a complete assessment for review', async () => {
    const { rowVersion } = await assessmentRow(id);
    const response = await post(url, [['rowVersion', String(rowVersion)], ['intent', 'submit'], ...COMPLETE], 'assessor');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`${url}?done=submitted`);
    expect((await assessmentRow(id)).status).toBe('submitted');
    const page = await get(url, 'assessor');
    expect(page.body).not.toContain('data-autosave');
    expect(page.body).toContain(ky('assessments.page.readOnly'));
  });

  it('answers 404 to a user whose units do not hold the person, for the workspace and its forms', async () => {
    expect((await get(url, 'far')).statusCode).toBe(404);
    for (const target of [url, `${url}/autosave`, `${url}/review`, `${url}/correct`])
      expect(
        (
          await post(
            target,
            [
              ['rowVersion', '1'],
              ['intent', 'save'],
              ['decision', 'approve'],
            ],
            'far',
            '/',
          )
        ).statusCode,
      ).toBe(404);
  });
});
