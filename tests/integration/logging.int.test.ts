import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../../src/app.ts';
import { createDependencies } from '../../src/dependencies.ts';
import { loadConfig } from '../../src/platform/config/config.ts';
import { createLogger } from '../../src/platform/logging/logger.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

const lines: string[] = [];
let database: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  database = await createTestDatabase();
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  app = await createApp(
    createDependencies({ config: loadConfig({ NODE_ENV: 'test' }), db: database.db, logger: createLogger({ level: 'info', destination }) }),
  );
});
afterAll(async () => {
  await app.close();
  await database.drop();
});

describe('request logs', () => {
  it('are JSON with the request id, and leave out query strings, cookies and form bodies', async () => {
    const response = await app.inject({
      url: '/sign-in?returnTo=/people?name=Үсөнов&pin=21203199000123',
      headers: { cookie: 'kadam_session=secret-session-token', 'x-request-id': 'req-abcdef12' },
    });
    expect(response.headers['x-request-id']).toBe('req-abcdef12');
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.some((entry) => entry.reqId === 'req-abcdef12')).toBe(true);
    const text = lines.join('\n');
    expect(text).not.toContain('Үсөнов');
    expect(text).not.toContain('21203199000123');
    expect(text).not.toContain('secret-session-token');
  });
});
