/** Builds throwaway content trees from the minimal fixture plus the files of one broken case. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const FIXTURES = path.resolve('tests/fixtures');

/** Returns a temporary repository-like folder: <dir>/content (minimal + overlay) and <dir>/public. */
export function contentTree(overlay?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-content-'));
  fs.cpSync(path.join(FIXTURES, 'minimal'), path.join(dir, 'content'), { recursive: true, filter: (src) => !src.includes(`${path.sep}public`) });
  fs.cpSync(path.join(FIXTURES, 'minimal', 'public'), path.join(dir, 'public'), { recursive: true });
  if (overlay) {
    fs.cpSync(path.join(FIXTURES, 'broken', overlay), path.join(dir, 'content'), { recursive: true, filter: (src) => !src.endsWith('expected.txt') });
  }
  return dir;
}

export function brokenCases(): { name: string; expected: string[] }[] {
  return fs.readdirSync(path.join(FIXTURES, 'broken')).sort().map((name) => ({
    name,
    expected: fs.readFileSync(path.join(FIXTURES, 'broken', name, 'expected.txt'), 'utf8').split('\n').filter(Boolean),
  }));
}
