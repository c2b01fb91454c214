import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleDigest, bundleInputs, BUNDLE_MANIFEST, findCachedBundle } from '../../src/integrations/admin-inputs.ts';

describe('bundleInputs', () => {
  it('keeps the project files of the module graph, without packages, virtual modules, query suffixes or outside files', () => {
    const root = '/repo';
    expect(bundleInputs(root, [
      '/repo/admin/cms.ts', '/repo/admin/config.yml?raw', '/repo/src/styles/global.css?inline', '/repo/src/lib/markdown.ts',
      '/repo/node_modules/decap-cms-app/dist/esm/index.js', '\0vite/preload-helper.js', '/elsewhere/x.ts', '/repo/src/lib/markdown.ts',
    ])).toEqual(['admin/cms.ts', 'admin/config.yml', 'src/lib/markdown.ts', 'src/styles/global.css']);
  });
});

describe('the CMS bundle cache', () => {
  /** A project with a CMS input, a page template outside the CMS and a cached bundle made from the input. */
  function project() {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'admin-inputs-'));
    const write = (rel: string, text: string) => { fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true }); fs.writeFileSync(path.join(root, rel), text); };
    write('package-lock.json', '{}');
    write('admin/cms.ts', 'import "../src/lib/markdown.ts";');
    write('src/lib/markdown.ts', 'export const a = 1;');
    write('src/pages/events/index.astro', '<h1>Мероприятия</h1>');
    const inputs = ['admin/cms.ts', 'src/lib/markdown.ts'];
    const bundles = path.join(root, 'cache/admin-bundle');
    write(`cache/admin-bundle/${bundleDigest(root, inputs)}/${BUNDLE_MANIFEST}`, JSON.stringify({ entry: 'cms-x.js', inputs }));
    return { root, bundles, write };
  }

  it('a page template change keeps the cached bundle; a change to a file the CMS imports does not', () => {
    const { root, bundles, write } = project();
    expect(findCachedBundle(root, bundles)?.manifest.entry).toBe('cms-x.js');
    write('src/pages/events/index.astro', '<h1>События</h1>');
    expect(findCachedBundle(root, bundles)?.manifest.entry).toBe('cms-x.js');
    write('src/lib/markdown.ts', 'export const a = 2;');
    expect(findCachedBundle(root, bundles)).toBeUndefined();
  });

  it('a new package version (the lockfile) or a deleted input invalidates the bundle too', () => {
    const a = project();
    a.write('package-lock.json', '{"v":2}');
    expect(findCachedBundle(a.root, a.bundles)).toBeUndefined();
    const b = project();
    fs.rmSync(path.join(b.root, 'src/lib/markdown.ts'));
    expect(findCachedBundle(b.root, b.bundles)).toBeUndefined();
  });

  it('the key does not depend on where the project lies (a fresh clone elsewhere reuses a restored cache)', () => {
    const a = project();
    const b = project();
    expect(fs.readdirSync(a.bundles)).toEqual(fs.readdirSync(b.bundles));
    fs.cpSync(a.bundles, path.join(b.root, 'other-cache'), { recursive: true });
    expect(findCachedBundle(b.root, path.join(b.root, 'other-cache'))).toBeDefined();
  });
});
