// The bench's measurement of a build: wall time, CPU time of the whole process tree and its exit code.
import { describe, expect, it } from 'vitest';
import { cpuSecondsOf, measure } from '../../bench/measure.ts';

describe('bench measure', () => {
  it('reads user plus system seconds from bash `times`', () => {
    expect(cpuSecondsOf('0m0.002s 0m0.001s\n1m2.500s 0m9.460s\n')).toBeCloseTo(71.96, 2);
    expect(cpuSecondsOf('')).toBeUndefined();
  });

  it('counts the CPU a grandchild burns, and not the time a command sleeps', async () => {
    // Burns 0.6 s of its own CPU time (not wall time, which a loaded machine would stretch).
    const burn = `while (process.cpuUsage().user < 600000);`;
    // npm-like tree: a shell that starts Node, which starts another Node that does the work.
    const busy = await measure('sh', ['-c', `"${process.execPath}" -e 'require("node:child_process").execFileSync(process.execPath, ["-e", ${JSON.stringify(burn)}])'`]);
    expect(busy.code).toBe(0);
    expect(busy.cpuSeconds).toBeGreaterThan(0.5);
    expect(busy.cpuSeconds).toBeLessThanOrEqual(busy.seconds * 2 + 0.1); // two cores at most
    const idle = await measure('sleep', ['0.6']);
    expect(idle.seconds).toBeGreaterThan(0.55);
    expect(idle.cpuSeconds).toBeLessThan(0.2);
  });

  it('passes the exit code through', async () => {
    expect((await measure('sh', ['-c', 'exit 3'])).code).toBe(3);
  });
});
