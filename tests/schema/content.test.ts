import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentAt } from '../../src/integrations/content-check.ts';
import { forgetParsedMemo } from '../../src/integrations/content-files.ts';
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

describe('content check of another content folder (CONTENT_DIR, as the build and npm run check:content take it)', () => {
  it('checks the thesaurus there too when the folder is given as an absolute path', () => {
    const root = contentTree();
    fs.writeFileSync(path.join(root, 'content/thesaurus.yaml'), 'groups:\n  - title: ИОМ\n    terms: [ИОМ, "индивидуальный маршрут]\n');
    const messages = checkContentAt(process.cwd(), path.join(root, 'content'), path.join(root, 'public'));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/thesaurus\.yaml: строка 3: не закрыта кавычка/);
  });
});

describe('content check with a cache folder (parsed frontmatter kept between builds)', () => {
  it('checks an edited file again, in the same process and in a later build that reads the saved memo', () => {
    const root = contentTree();
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-cache-'));
    const file = path.join(root, 'content/materials/sample.md');
    const source = fs.readFileSync(file, 'utf8');
    expect(checkContentAt(root, 'content', 'public', cache)).toEqual([]);

    forgetParsedMemo(); // a new build: only the saved memo is left
    fs.writeFileSync(file, source.replace(/^title: .*\n/m, ''));
    const messages = checkContentAt(root, 'content', 'public', cache);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('content/materials/sample.md');
    expect(messages[0]).toContain('обязательное поле');

    fs.writeFileSync(file, source); // fixed in the same process
    expect(checkContentAt(root, 'content', 'public', cache)).toEqual([]);
    forgetParsedMemo();
    fs.writeFileSync(file, source.replace(/^title: .*\n/m, ''));
    expect(checkContentAt(root, 'content', 'public', cache)).toHaveLength(1);
  });
});
