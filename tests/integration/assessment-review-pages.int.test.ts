import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentPagesSetup, COMPLETE, type Fields, ky, type Who } from './assessment-pages.fixture.ts';

/**
 * The second person's part, through the browser's eyes: a submitted assessment refused to its own assessor and
 * to a reviewer without accreditation, returned (never without a comment), corrected and resubmitted, an
 * override refused without a reason, approved and locked, then corrected by a new linked draft that shows the
 * approved ratings beside its own. Refusals are read on the page in Kyrgyz.
 */

let setup: Awaited<ReturnType<typeof assessmentPagesSetup>>;
let personId: string;
let url = '';
let id = '';
const get: typeof setup.get = (...args) => setup.get(...args);
const post: typeof setup.post = (...args) => setup.post(...args);
const assessmentRow: typeof setup.assessmentRow = (assessmentId) => setup.assessmentRow(assessmentId);

beforeAll(async () => {
  setup = await assessmentPagesSetup();
  personId = setup.personId;
  const started = await post(
    `/people/${personId}/assessments`,
    [
      ['instrumentCode', 'TEST_SCREEN'],
      ['reason', 'periodic'],
    ],
    'assessor',
  );
  url = String(started.headers.location);
  id = url.split('/').pop()!;
  const submitted = await post(url, [['rowVersion', '1'], ['intent', 'submit'], ...COMPLETE], 'assessor');
  if (submitted.statusCode !== 303) throw new Error(`the assessment to review was not submitted (${submitted.statusCode})`);
}, 60_000);
afterAll(() => setup.test.close());

describe('reviewing a submitted assessment', () => {
  const review = async (as: Who, fields: Fields) =>
    post(`${url}/review`, [['rowVersion', String((await assessmentRow(id)).rowVersion)], ...fields], as);

  it('refuses the assessor’s own approval, in Kyrgyz', async () => {
    const response = await review('assessor', [['decision', 'approve']]);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Бул баалоону сиз жазгансыз, ошондуктан аны беките, кайтара');
    expect((await assessmentRow(id)).status).toBe('submitted');
  });

  it('refuses a reviewer without an accreditation for the instrument', async () => {
    const response = await review('unaccredited', [
      ['decision', 'approve'],
      ['reviewComment', 'Макулмун'],
    ]);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain(ky('assessments.workflow.refusal.not_accredited'));
    expect(response.body).toContain('Макулмун</textarea>');
    expect((await assessmentRow(id)).status).toBe('submitted');
  });

  it('refuses a return without a comment, at the comment box', async () => {
    const response = await review('reviewer', [
      ['decision', 'return'],
      ['reviewComment', '  '],
    ]);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain(`<a href="#reviewComment">${ky('assessments.workflow.refusal.comment_required')}`);
    expect((await assessmentRow(id)).status).toBe('submitted');
  });

  it('returns the assessment with a comment the assessor sees in its history', async () => {
    const response = await review('reviewer', [
      ['decision', 'return'],
      ['reviewComment', 'S2 боюнча далилди толуктаңыз'],
    ]);
    expect(response.statusCode).toBe(303);
    expect((await assessmentRow(id)).status).toBe('returned');
    const page = await get(url, 'assessor');
    expect(page.body).toContain('S2 боюнча далилди толуктаңыз');
    expect(page.body).toContain(`data-autosave="${url}/autosave"`);
  });

  it('takes the corrected assessment back for review', async () => {
    const { rowVersion } = await assessmentRow(id);
    const corrected = COMPLETE.map(([name, value]): [string, string] => [name, name === 'evidence-S2' ? 'Бөлмөдөгүлөр менен маек' : value]);
    const response = await post(url, [['rowVersion', String(rowVersion)], ['intent', 'submit'], ...corrected], 'assessor');
    expect(response.statusCode).toBe(303);
    const row = await assessmentRow(id);
    expect(row.status).toBe('submitted');
    expect(row.answers.ratings.S2?.evidence).toBe('Бөлмөдөгүлөр менен маек');
  });

  it('refuses an override without a reason and keeps the level the reviewer chose', async () => {
    const response = await review('reviewer', [
      ['decision', 'override'],
      ['overrideReason', ''],
      ['override-VIOLENCE', 'high'],
    ]);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain(`<a href="#overrideReason">${ky('assessments.workflow.refusal.reason_required')}`);
    expect(response.body).toMatch(/name="override-VIOLENCE" type="radio" value="high" checked/);
    expect((await assessmentRow(id)).status).toBe('submitted');
  });

  it('approves it and shows who decided and when it is due for review', async () => {
    const response = await review('reviewer', [['decision', 'approve']]);
    expect(response.statusCode).toBe(303);
    const row = await assessmentRow(id);
    expect(row).toMatchObject({ status: 'approved', reviewOutcome: 'approved' });
    expect(row.nextReviewDate).not.toBeNull();
    const page = await get(url, 'assessor');
    expect(page.body).toContain('Test asmt.reviewer');
    expect(page.body).toContain(ky('assessments.review.outcome.approved'));
    expect(page.body).not.toContain('data-autosave');
  });

  it('refuses to edit an approved assessment, by the page and in the database', async () => {
    const before = await assessmentRow(id);
    const response = await post(
      url,
      [
        ['rowVersion', String(before.rowVersion)],
        ['intent', 'save'],
        ['rating-S1', 'no'],
      ],
      'assessor',
    );
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain(ky('assessments.workflow.refusal.wrong_status'));
    expect((await assessmentRow(id)).answers).toEqual(before.answers);
    await expect(
      setup.test.database.pool.query(`UPDATE assessments SET answers = '{"ratings":{},"freeText":{},"judgements":{}}' WHERE id = $1`, [id]),
    ).rejects.toThrow(/approved and locked/);
  });

  it('corrects an approved assessment with a new linked draft that shows the approved ratings beside its own', async () => {
    const { rowVersion } = await assessmentRow(id);
    const response = await post(`${url}/correct`, [['rowVersion', String(rowVersion)]], 'assessor');
    expect(response.statusCode).toBe(303);
    const draftId = String(response.headers.location).split('/').pop()!;
    const draft = await assessmentRow(draftId);
    expect(draft).toMatchObject({ status: 'draft', correctsId: id, reason: 'correction' });
    expect((await assessmentRow(id)).status).toBe('approved');
    const saved = await post(
      `/people/${personId}/assessments/${draftId}`,
      [
        ['rowVersion', '1'],
        ['intent', 'save'],
        ['rating-S1', 'no'],
        ['rating-S2', 'no'],
      ],
      'assessor',
    );
    expect(saved.statusCode).toBe(303);
    const page = await get(`/people/${personId}/assessments/${draftId}`, 'assessor');
    expect(page.body).toContain(`href="/people/${personId}/assessments/${id}"`);
    const s1 = page.body.split('data-indicator="S1"')[1]!.split('data-indicator="S2"')[0]!;
    expect(s1).toContain('data-changed="true"');
    expect(s1).toContain(`${ky('assessments.page.previous').replace('{rating}', 'Ооба')}`);
    expect(s1).toContain(ky('assessments.page.changed'));
    const s2 = page.body.split('data-indicator="S2"')[1]!.split('data-indicator="S3"')[0]!;
    expect(s2).not.toContain('data-changed');
  });
});
