// Benchmarks with goals, kept out of the test suite: `npm run bench`. Each prints its measurement against its
// goal and the run exits non-zero when a goal is missed.
import { startUpBenchmark } from './start-up.ts';

const results = [await startUpBenchmark()];
let missed = 0;
for (const result of results) {
  const ok = result.value <= result.goal;
  if (!ok) missed += 1;
  process.stdout.write(
    `${ok ? 'ok  ' : 'MISS'} ${result.name}: ${result.value.toFixed(2)} ${result.unit} (goal ≤ ${result.goal} ${result.unit})\n`,
  );
}
process.exit(missed === 0 ? 0 : 1);
