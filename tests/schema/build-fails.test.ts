import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { contentTree } from './fixtures.ts';

const run = promisify(execFile);

describe('astro build with broken content', () => {
  it('fails and names the file, the field and the bad value', async () => {
    const tree = contentTree('material-unknown-deficit');
    const outDir = path.join(tree, 'dist');
    const error = await run('npx', ['astro', 'build', '--outDir', outDir], {
      env: { ...process.env, CONTENT_DIR: path.join(tree, 'content') },
      encoding: 'utf8',
    }).then(() => undefined, (e: { code: number; stdout: string; stderr: string }) => e);
    expect(error, 'the build must fail').toBeDefined();
    const output = `${error!.stdout}\n${error!.stderr}`;
    expect(output).toContain('materials/sample.md');
    expect(output).toContain('«Профессиональные дефициты»');
    expect(output).toContain('«nastavnichestvo»');
  });
});
