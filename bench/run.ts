import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

/** `npm run bench`: runs every bench/*.ts (except this runner) one after another; each prints its own baseline. */
const folder = fileURLToPath(new URL('.', import.meta.url));
const benches = readdirSync(folder)
  .filter((file) => file.endsWith('.ts') && file !== 'run.ts')
  .sort();
/** The machine's load average (1, 5, 15 min) and its cores, printed before and after every benchmark. */
const loadFigures = () =>
  `${loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ')} over 1 / 5 / 15 min, ${availableParallelism()} cores`;
let failed = false;
for (const bench of benches) {
  // every figure is read against the baseline of its own run; the load says how busy the machine was meanwhile
  console.log(`\n== ${bench} (load ${loadFigures()})`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', `${folder}${bench}`], {
    stdio: 'inherit',
    env: process.env,
  });
  if (result.status !== 0) failed = true;
  // and after it: a load that rose meanwhile (other work on a shared machine) makes its figures lower
  console.log(`== ${bench} ${result.status === 0 ? 'done' : 'FAILED'} (load ${loadFigures()})`);
}
process.exit(failed ? 1 : 0);
