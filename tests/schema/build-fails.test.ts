import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { contentTree } from './fixtures.ts';

const run = promisify(execFile);

/** Output of a build of a broken fixture, which must fail. */
async function failedBuild(fixture: string): Promise<string> {
  const tree = contentTree(fixture);
  const outDir = path.join(tree, 'dist');
  const error = await run('npx', ['astro', 'build', '--outDir', outDir], {
    env: { ...process.env, CONTENT_DIR: path.join(tree, 'content') },
    encoding: 'utf8',
  }).then(() => undefined, (e: { code: number; stdout: string; stderr: string }) => e);
  expect(error, 'the build must fail').toBeDefined();
  return `${error!.stdout}\n${error!.stderr}`;
}

describe('astro build with broken content', () => {
  it('fails and names the file, the field and the bad value', async () => {
    const output = await failedBuild('material-unknown-deficit');
    expect(output).toContain('materials/sample.md');
    expect(output).toContain('«Профессиональные дефициты»');
    expect(output).toContain('«nastavnichestvo»');
    // The Russian list only: no English wrapper or stack trace around it.
    expect(output).not.toMatch(/Stack trace|An unhandled error/);
  });

  it('names a broken settings.yaml and its line, without a stack trace (Astro reads the site address from it)', async () => {
    const output = await failedBuild('settings-unreadable');
    expect(output).toMatch(/content\/settings\.yaml: строка 17: отступ сделан символом табуляции/);
    expect(output).not.toContain('Unable to load your Astro config');
    expect(output).not.toMatch(/^\s+at |Stack trace/m);
  });
});
