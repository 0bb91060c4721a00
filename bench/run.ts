// Benchmarks with goals, kept out of the test suite: `npm run bench`. Each prints its measurement against its
// goal and the run exits non-zero when a goal is missed. BENCH_PEOPLE, BENCH_SEARCH_PEOPLE, BENCH_AUDIT_EVENTS
// and BENCH_SECONDS scale the people benchmark down for a quick look (the goals are for the defaults).
import { peopleBenchmark } from './people.ts';
import { startUpBenchmark } from './start-up.ts';

const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

const startUp = await startUpBenchmark();
const results = [
  { ...startUp, atMost: true },
  ...(await peopleBenchmark({
    people: setting('BENCH_PEOPLE', 100_000),
    searchPeople: setting('BENCH_SEARCH_PEOPLE', 1_000_000),
    auditEvents: setting('BENCH_AUDIT_EVENTS', 1_000_000),
    seconds: setting('BENCH_SECONDS', 10),
  })),
];
let missed = 0;
for (const result of results) {
  const ok = result.atMost ? result.value <= result.goal : result.value >= result.goal;
  if (!ok) missed += 1;
  process.stdout.write(
    `${ok ? 'ok  ' : 'MISS'} ${result.name}: ${result.value.toFixed(2)} ${result.unit} (goal ${result.atMost ? '≤' : '≥'} ${result.goal} ${result.unit})\n`,
  );
}
process.exit(missed === 0 ? 0 : 1);
