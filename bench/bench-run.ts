import { performance } from 'node:perf_hooks';
import type { Logger } from '../pipeline/log.js';
import { runCorpus, type RunOptions } from '../pipeline/run.js';

/**
 * One measured run in a process of its own, so that its peak RSS is its own: `node dist/bench/bench-run.js JSON`
 * with the run's options; prints {wallMs, cpuMs, maxRssMb, report} as JSON on stdout.
 */
const silent: Logger = { log: () => {}, progress: () => {}, close: () => {} };
const options = JSON.parse(process.argv[2] ?? '{}') as Omit<RunOptions, 'log'>;
const started = performance.now();
const report = await runCorpus({ ...options, log: silent });
const wallMs = performance.now() - started;
const cpu = process.cpuUsage();
// CPU time covers all threads of the process; with other work on the machine it is steadier than wall time.
process.stdout.write(JSON.stringify({ wallMs, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024, report }) + '\n');
