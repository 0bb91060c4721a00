import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { generateDemoPeople, todayInBishkek } from '../people/people.service.ts';
import { accreditAsSystem } from '../assessments/assessments.service.ts';
import { loadDemoProgrammeGroups } from '../programmes/programmes.service.ts';
import { seedDemoStructure } from '../placement/placement.service.ts';
import { loadDemoAssociations } from '../associations/associations.service.ts';
import { loadDemoProbation } from '../probation/probation.service.ts';
import { loadDemoPartners } from '../partners/partners.service.ts';
import { loadDemoReferrals } from '../referrals/referrals.service.ts';
import { cliActor } from '../../platform/audit/audit.service.ts';
import { z } from 'zod';
import type { Database } from '../../platform/db/pool.ts';
import { seedFiles } from '../../platform/db/seed.tables.ts';
import { createUser } from '../../platform/auth/users.service.ts';
import { findUserByUsername } from '../../platform/auth/auth.repository.ts';
import { users } from '../../platform/auth/auth.tables.ts';
import { isRole, TWO_FACTOR_REQUIRED_ROLES } from '../../platform/auth/roles.ts';

export const DEMO_SEEDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../seeds/demo');
/** Shared by every fictional demo account; printed at start-up. Never loaded in production. */
export const DEMO_PASSWORD = 'kadam-demo-2026';
/**
 * The authenticator secret of every demo account whose roles require two-factor sign-in (administrator,
 * auditor, managers, reviewers), so a demonstrator can add it to an authenticator app once and sign in as any
 * of them. Printed at start-up and in the README; demo data is never loaded in production.
 */
export const DEMO_TOTP_SECRET = 'KADAMDEMOKADAMDEMOKADAMDEMO23456';
const DEMO_MARKER = 'demo/users.json';
/** Enough for search, caseloads and lists to look like a working unit; `kadam seed demo --people N` adds more. */
export const DEMO_PEOPLE = 400;

const demoFile = z.object({
  version: z.number().int(),
  users: z.array(
    z.object({ username: z.string(), displayName: z.string(), roles: z.array(z.object({ role: z.string(), unit: z.string() })) }),
  ),
});

/**
 * Which demo accounts may sign which of Kadam's instruments, so a demonstrator can run an assessment and have
 * it reviewed: officers screen and assess general risk, the psychologist and the managers also assess and
 * review violent-extremism risk. Valid for three years from the day the demo data is loaded.
 */
const DEMO_ACCREDITATIONS: Record<string, readonly string[]> = {
  officer: ['KADAM_SCREEN', 'KADAM_RNR'],
  probation: ['KADAM_SCREEN', 'KADAM_RNR'],
  psychologist: ['KADAM_SCREEN', 'KADAM_VE', 'KADAM_RNR'],
  manager: ['KADAM_SCREEN', 'KADAM_VE', 'KADAM_RNR'],
  'probation.manager': ['KADAM_SCREEN', 'KADAM_VE', 'KADAM_RNR'],
};
const ACCREDITATION_YEARS = 3;

export type DemoAccount = { username: string; displayName: string; roles: string[]; twoFactor: boolean };

const needsTwoFactor = (roles: readonly string[]) => roles.some((role) => isRole(role) && TWO_FACTOR_REQUIRED_ROLES.has(role));

export async function readDemoAccounts(): Promise<DemoAccount[]> {
  const file = demoFile.parse(JSON.parse(await readFile(path.join(DEMO_SEEDS_DIR, 'users.json'), 'utf8')));
  return file.users.map((user) => ({
    username: user.username,
    displayName: user.displayName,
    roles: user.roles.map((entry) => entry.role),
    twoFactor: needsTwoFactor(user.roles.map((entry) => entry.role)),
  }));
}

export async function demoDataLoaded(db: Database): Promise<boolean> {
  const rows = await db.select().from(seedFiles).where(eq(seedFiles.name, DEMO_MARKER));
  return rows.length > 0;
}

/**
 * Loads the fictional demo dataset. Reference data must be loaded first (accounts hang off its units).
 * Accounts that already exist are left as they are, so running it twice adds nothing.
 */
export async function loadDemoData(
  db: Database,
  onProgress: (message: string) => void = () => {},
): Promise<{ created: number; existing: number }> {
  const text = await readFile(path.join(DEMO_SEEDS_DIR, 'users.json'), 'utf8');
  const file = demoFile.parse(JSON.parse(text));
  let created = 0;
  let existing = 0;
  // Partner organisations first: a partner worker's account hangs off one.
  onProgress('community partners');
  await loadDemoPartners(db);
  for (const [index, user] of file.users.entries()) {
    onProgress(`[${index + 1}/${file.users.length}] demo account ${user.username}`);
    if (await findUserByUsername(db, user.username)) {
      existing += 1;
      continue;
    }
    const account = await createUser(db, {
      username: user.username,
      displayName: user.displayName,
      password: DEMO_PASSWORD,
      roles: user.roles.map((entry) => ({ role: entry.role, unitCode: entry.unit })),
      mustChangePassword: false,
    });
    if (needsTwoFactor(user.roles.map((entry) => entry.role))) {
      await db.update(users).set({ totpSecret: DEMO_TOTP_SECRET, totpEnabledAt: new Date() }).where(eq(users.id, account.id));
    }
    created += 1;
  }
  await accreditDemoAccounts(db, onProgress);
  // People for the demo accounts to work with, in their own units among others; only when there are none yet.
  const [{ count } = { count: 0 }] = (await db.execute<{ count: number }>(sql`select count(*)::int as count from people`)).rows;
  if (count === 0) {
    onProgress(`${DEMO_PEOPLE} fictional people`);
    await generateDemoPeople(db, { count: DEMO_PEOPLE });
  }
  // Programme groups for the facilitators, with people of their units enrolled (once: nothing when groups exist).
  onProgress('programme groups');
  await loadDemoProgrammeGroups(db, cliActor('seed demo'));
  // Units and cells of the demo facility, with a few of its people placed (once).
  onProgress('cells');
  await seedDemoStructure(db);
  // A small group with a co-defendant and a visitor, for the links tab and the placement check (once).
  onProgress('links between people');
  await loadDemoAssociations(db);
  // A referral waiting for the demo partner worker's answer (once: nothing when referrals exist).
  onProgress('community referrals');
  await loadDemoReferrals(db);
  // Probation orders for the Osh officer's caseload and the manager's allocation (once: nothing when orders exist).
  onProgress('probation orders');
  await loadDemoProbation(db, cliActor('seed demo'));
  await db
    .insert(seedFiles)
    .values({ name: DEMO_MARKER, version: file.version, contentHash: 'demo' })
    .onConflictDoUpdate({ target: seedFiles.name, set: { version: file.version, loadedAt: new Date() } });
  return { created, existing };
}

/** Gives the demo accounts that assess or review their accreditations; accounts that already hold one keep it. */
async function accreditDemoAccounts(db: Database, onProgress: (message: string) => void) {
  const validFrom = todayInBishkek();
  const until = new Date(`${validFrom}T00:00:00Z`);
  until.setUTCFullYear(until.getUTCFullYear() + ACCREDITATION_YEARS);
  onProgress('accreditations of the demo assessors');
  for (const [username, codes] of Object.entries(DEMO_ACCREDITATIONS)) {
    const account = await findUserByUsername(db, username);
    if (!account) continue;
    for (const instrumentCode of codes) {
      await accreditAsSystem(db, cliActor('seed demo'), {
        userId: account.id,
        instrumentCode,
        validFrom,
        validUntil: until.toISOString().slice(0, 10),
        note: 'Demo account',
      });
    }
  }
}
