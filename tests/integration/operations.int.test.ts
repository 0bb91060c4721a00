import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';

let test: TestApp;
beforeAll(async () => {
  test = await createTestApp({}, (app) => {
    app.get('/test/boom', { config: { public: true } }, async () => {
      throw new Error('secret internal detail at /srv/kadam/module.ts:42');
    });
  });
});
afterAll(() => test.close());

describe('operations endpoints', () => {
  it('answers /ping without signing in', async () => {
    const response = await test.app.inject({ url: '/ping' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('pong');
  });

  it('reports the database as a component of /health', async () => {
    const response = await test.app.inject({ url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', components: { database: { status: 'up' } } });
  });

  it('tells the version and commit at /info', async () => {
    const info = (await test.app.inject({ url: '/info' })).json<{ name: string; version: string; commit: string | null }>();
    expect(info.name).toBe('kadam');
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(info).toHaveProperty('commit');
  });

  it('exposes Prometheus metrics by route pattern', async () => {
    await test.app.inject({ url: '/ping' });
    const response = await test.app.inject({ url: '/metrics' });
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.body).toContain('kadam_http_request_duration_seconds_bucket');
    expect(response.body).toContain('route="/ping"');
    expect(response.body).toContain('kadam_process_cpu_seconds_total');
  });

  it('answers an unexpected error with a 500 page in Kyrgyz, a reference number and no internals', async () => {
    const response = await test.app.inject({ url: '/test/boom', headers: { accept: 'text/html' } });
    expect(response.statusCode).toBe(500);
    expect(response.body).toContain('Кечиресиз, кызматта көйгөй чыкты');
    expect(response.body).toContain(response.headers['x-request-id'] as string);
    expect(response.body).not.toContain('secret internal detail');
    expect(response.body).not.toContain('module.ts');
  });

  it('sends a strict content security policy and keeps every page free of inline script and style', async () => {
    const response = await test.app.inject({ url: '/sign-in' });
    const csp = response.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(response.body).not.toMatch(/\sstyle="/);
  });

  it('serves the stylesheet and the bundled PT Sans with the Cyrillic Extended subset', async () => {
    const css = await test.app.inject({ url: '/assets/app.css' });
    expect(css.statusCode).toBe(200);
    expect(css.body).toContain('PT Sans');
    expect(css.body).toContain('U+0460-052F');
    const font = await test.app.inject({ url: '/assets/fonts/pt-sans-cyrillic-ext-400-normal.woff2' });
    expect(font.statusCode).toBe(200);
  });
});

describe('graceful shutdown', () => {
  it('finishes a request in flight before closing', async () => {
    const slow = await createTestApp({}, (app) => {
      app.get('/test/slow', { config: { public: true } }, async () => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        return 'finished';
      });
    });
    await slow.app.listen({ host: '127.0.0.1', port: 0 });
    const address = slow.app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const inFlight = fetch(`http://127.0.0.1:${port}/test/slow`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = slow.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('finished');
    await closing;
  });
});

describe('rebranding', () => {
  it('names no GOV.UK crown, GOV.UK name or GDS font in the pages and stylesheet', async () => {
    const page = await test.app.inject({ url: '/sign-in' });
    expect(page.body).not.toMatch(/GOV\.UK|govuk-header__logotype|crown/i);
    const css = await test.app.inject({ url: '/assets/app.css' });
    expect(css.body).not.toContain('GDS Transport');
  });
});
