/**
 * Runs a command as a child process tree and measures its wall time, the peak RSS summed over the whole tree (Linux
 * /proc) and the CPU time (user + system) of the whole tree: the command runs under bash, whose `times` reports what
 * its children and their waited-for descendants used. CPU time over the number of cores is the least wall time any
 * scheduling of that work could reach on this machine.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

export interface Measurement { seconds: number; peakRssMb: number; cpuSeconds?: number; code: number; output: string }

/** Bash wrapper: runs "$@", then writes the children's user and system time (`times`, second line) to fd 3. */
const TIMED = 'exec 4>&3 3>&-; "$@" 4>&-; status=$?; times >&4; exit $status';

/** Seconds in a `times` line ("0m47.590s 0m9.460s"): user plus system. */
export function cpuSecondsOf(times: string): number | undefined {
  const line = times.trim().split('\n').at(-1) ?? '';
  const parts = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return parts.length === 2 ? parts[0] + parts[1] : undefined;
}

const PAGE_SIZE = 4096;

/** Parent pid of every process, read from /proc/<pid>/stat. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may contain spaces and parentheses: the fields after the last ')' are fixed.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(name), Number(fields[1]));
    } catch { /* the process ended meanwhile */ }
  }
  return map;
}

/** Sum of resident memory of a process and all its descendants, in bytes. */
export function treeRss(root: number): number {
  const ppid = parents();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of ppid) if (tree.has(parent) && !tree.has(pid)) { tree.add(pid); grew = true; }
  }
  let bytes = 0;
  for (const pid of tree) {
    try { bytes += Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE; } catch { /* ended */ }
  }
  return bytes;
}

/** Spawns the command, samples the tree's RSS every intervalMs, resolves when it exits. Output is kept (last 20 KB) for error messages. */
export function measure(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; intervalMs?: number; echo?: boolean; timeoutMs?: number } = {}): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn('bash', ['-c', TIMED, 'bash', command, ...args], { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe', 'pipe'], detached: true });
    let times = '';
    child.stdio[3]!.on('data', (chunk: Buffer) => { times += chunk.toString(); });
    let peak = 0;
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
      if (options.echo) process.stderr.write(chunk);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const sample = () => { if (child.pid) peak = Math.max(peak, treeRss(child.pid)); };
    const timer = setInterval(sample, options.intervalMs ?? 200);
    const killer = options.timeoutMs ? setTimeout(() => { try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ } }, options.timeoutMs) : undefined;
    child.on('error', (e) => { clearInterval(timer); clearTimeout(killer); reject(e); });
    child.on('close', (code, signal) => {
      clearInterval(timer);
      clearTimeout(killer);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      resolve({ seconds, peakRssMb: peak / 2 ** 20, cpuSeconds: cpuSecondsOf(times), code: code ?? (signal ? 128 : 1), output });
    });
  });
}
