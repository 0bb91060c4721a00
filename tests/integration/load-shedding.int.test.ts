import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';

let test: TestApp;

// A limit of 1 ms over the sampler's 10 ms resolution: blocking the event loop for a few hundred milliseconds is
// enough to put the server under pressure at the next sample, without waiting seconds as the default would.
beforeAll(async () => {
  test = await createTestApp({ eventLoopDelayLimitMs: 1 });
});
afterAll(() => test.close());

function blockEventLoop(ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    /* busy: this is the overload being simulated */
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('shedding load when the event loop lags', () => {
  it('answers 503 in the visitor’s language with Retry-After, even though it refuses before the request is read', async () => {
    let shed: Awaited<ReturnType<typeof test.app.inject>> | undefined;
    const headers = { accept: 'text/html', cookie: 'kadam_lang=ru' };
    for (let attempt = 0; attempt < 20 && !shed; attempt += 1) {
      blockEventLoop(300);
      // The load sampler runs about once a second; ask until it has seen the lag.
      for (let poll = 0; poll < 30 && !shed; poll += 1) {
        const response = await test.app.inject({ url: '/sign-in', headers });
        if (response.statusCode !== 200) shed = response;
        else await pause(40);
      }
    }
    expect(shed?.statusCode).toBe(503);
    expect(shed?.headers['retry-after']).toBe('30');
    expect(shed?.body).toContain('<html lang="ru"');
  });
});
