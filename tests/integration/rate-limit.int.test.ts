import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';

let test: TestApp;

beforeAll(async () => {
  test = await createTestApp({ rateLimitPerMinute: 10 });
});
afterAll(() => test.close());

describe('the per-address rate limit', () => {
  it('answers 429 in the visitor’s language once RATE_LIMIT_PER_MINUTE requests are used, never for health checks', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1) statuses.push((await test.app.inject({ url: '/sign-in' })).statusCode);
    expect(statuses.every((status) => status === 200)).toBe(true);
    const over = await test.app.inject({ url: '/sign-in', headers: { accept: 'text/html', cookie: 'kadam_lang=ru' } });
    expect(over.statusCode).toBe(429);
    expect(over.body).toContain('Слишком много запросов');
    expect((await test.app.inject({ url: '/ping' })).statusCode).toBe(200);
  });
});
