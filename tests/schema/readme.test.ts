import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withFieldTable } from '../../src/schema/field-table.ts';
import { collections } from '../../src/schema/collections.ts';

describe('README', () => {
  const readme = fs.readFileSync('README.md', 'utf8');

  it('field table matches the schema (run `npm run docs:fields` after changing the schema)', () => {
    expect(readme).toBe(withFieldTable(readme));
  });

  it('lists every collection', () => {
    for (const c of collections) expect(readme).toContain(`content/${c.name}/`);
  });

  it('gives exactly two set-up commands: one to install and start, one to run all tests', () => {
    const quickStart = readme.split('## Быстрый старт')[1].split('\n## ')[0];
    const commands = /```sh\n([\s\S]*?)```/.exec(quickStart)![1].trim().split('\n').map((l) => l.split('#')[0].trim());
    expect(commands).toEqual(['npm install && npm start', 'npm test']);
  });
});
