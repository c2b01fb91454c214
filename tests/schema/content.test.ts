import { describe, expect, it } from 'vitest';
import { checkContentAt } from '../../src/integrations/content-check.ts';
import { brokenCases, contentTree } from './fixtures.ts';

describe('content check', () => {
  it('accepts every demo file in content/', () => {
    expect(checkContentAt(process.cwd())).toEqual([]);
  });

  it('accepts the minimal fixture', () => {
    expect(checkContentAt(contentTree())).toEqual([]);
  });

  describe.each(brokenCases())('rejects broken content: $name', ({ name, expected }) => {
    it('with one message naming the file, the field, the value and what was expected', () => {
      const messages = checkContentAt(contentTree(name));
      expect(messages).toHaveLength(1);
      for (const part of expected) expect(messages[0]).toContain(part);
    });
  });
});
