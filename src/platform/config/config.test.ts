import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, DEV_SESSION_SECRET, loadConfig } from './config.ts';

describe('configuration', () => {
  it('defaults to port 3000, ./data and demo data outside production', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.dataDir).toMatch(/\/data$/);
    expect(config.loadDemoData).toBe(true);
    expect(config.databaseUrl).toBeUndefined();
  });

  it('refuses to start in production with the default session secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: DEV_SESSION_SECRET })).toThrow(/default SESSION_SECRET/);
  });

  it('loads no demo data in production and refuses to be told otherwise', () => {
    const secret = 'x'.repeat(48);
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: secret }).loadDemoData).toBe(false);
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: secret, DEMO_DATA: 'true' })).toThrow(/demo data in production/);
  });

  it('names the variable and the problem when a value is invalid', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
  });

  it('seals the audit trail every 5 seconds unless told otherwise, and refuses an interval below 100 ms', () => {
    expect(loadConfig({}).auditSealIntervalMs).toBe(5000);
    expect(loadConfig({ AUDIT_SEAL_INTERVAL_MS: '250' }).auditSealIntervalMs).toBe(250);
    expect(() => loadConfig({ AUDIT_SEAL_INTERVAL_MS: '0' })).toThrow(/AUDIT_SEAL_INTERVAL_MS/);
  });

  it('counts separation through gaps under 2 days unless told otherwise, and refuses a break of 0 days', () => {
    expect(loadConfig({}).separationBreakDays).toBe(2);
    expect(loadConfig({ SEPARATION_BREAK_DAYS: '5' }).separationBreakDays).toBe(5);
    expect(() => loadConfig({ SEPARATION_BREAK_DAYS: '0' })).toThrow(/SEPARATION_BREAK_DAYS/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).port).toBe(3000);
  });

  it('is documented: the README configuration table lists every variable', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const missing = CONFIG_VARIABLES.filter((name) => !readme.includes(`| \`${name}\``));
    expect(missing).toEqual([]);
  });

  it('is in .env.example: every variable, commented out with its default', () => {
    const example = readFileSync(new URL('../../../.env.example', import.meta.url), 'utf8');
    const missing = CONFIG_VARIABLES.filter((name) => !example.includes(`# ${name}=`));
    expect(missing).toEqual([]);
  });
});
