import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the `*.tables.ts` files, committed, and never edited once applied.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/platform/**/*.tables.ts', './src/modules/**/*.tables.ts'],
  out: './migrations',
});
