import { defineConfig } from 'vitest/config';

const databaseSetup = './tests/support/global-database.ts';

/**
 * Three projects: unit tests beside the code (`*.test.ts`), integration tests on real PostgreSQL
 * (`*.int.test.ts`: one server per run, a migrated template cloned per file), and browser journeys in
 * Debian's Chromium (`tests/e2e`).
 */
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/lint/**/*.test.ts'],
          exclude: ['**/*.int.test.*', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['src/**/*.int.test.{ts,tsx}', 'tests/integration/**/*.int.test.{ts,tsx}'],
          globalSetup: [databaseSetup],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: [databaseSetup],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
