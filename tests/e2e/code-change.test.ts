/**
 * A change to a page template re-renders the pages made from it and nothing else: the CMS bundle is keyed by the files
 * it is made from (src/integrations/admin-inputs.ts), so a template outside it keeps both the bundle and Astro's cache of
 * every other page. A change to client scripts (a new module shared by two of them) leaves no page, cached or not,
 * pointing at a script or style file that is gone. Runs on a copy of the project, so the real src/ is never touched.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const work = path.resolve('.tmp/code-change');
const project = path.join(work, 'project');
const cache = path.join(work, 'cache');
const TEMPLATE = 'src/pages/events/[slug].astro';
const MARK = 'Проверка правки шаблона';

function build(): string {
  const { CONTENT_DIR: _ignored, ...env } = process.env; // the copy's own content/
  const log = execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: project,
    env: { ...env, ASTRO_CACHE_DIR: cache, SEARCH_INDEX: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  }).toString();
  return log.replace(/\x1b\[[0-9;]*m/g, '');
}

/** Output files Astro wrote this build (not «cached»), from its log. */
const rendered = (log: string) => [...log.matchAll(/[├└]─ (\/\S+?\.(?:html|csv|json|xml|txt))([^├└]*)/g)].filter((m) => !/\((cached|restored)\)/.test(m[2])).map((m) => m[1]);
const adminScript = () => fs.readFileSync(path.join(project, 'dist/admin/index.html'), 'utf8').match(/src="(\/admin\/cms-[^"]+\.js)"/)?.[1];

let first = '';
let unchanged = '';
let second = '';
let third = '';
let scriptAfterSecond: string | undefined;
const CLIENT_SCRIPT = 'src/scripts/header-search.ts';

/** A built script and every chunk it imports, as one text. */
function loadedCode(ref: string, seen = new Set<string>()): string {
  if (seen.has(ref)) return '';
  seen.add(ref);
  const code = fs.readFileSync(path.join(project, 'dist', ref), 'utf8');
  const imports = [...code.matchAll(/from\s*"\.\/([^"]+\.js)"/g)].map((m) => loadedCode(`/_astro/${m[1]}`, seen));
  return [code, ...imports].join('\n');
}

/** Every /_astro/ file a built HTML page loads (scripts, styles) that is not in dist/: what a stale cached page would point to. */
function missingAssets(): string[] {
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const f = path.join(dir, e.name);
      if (e.isDirectory()) walk(f);
      else if (e.name.endsWith('.html')) {
        for (const [, ref] of fs.readFileSync(f, 'utf8').matchAll(/(?:src|href)="(\/_astro\/[^"]+)"/g)) {
          if (!fs.existsSync(path.join(project, 'dist', ref))) missing.push(`${path.relative(path.join(project, 'dist'), f)}: ${ref}`);
        }
      }
    }
  };
  walk(path.join(project, 'dist'));
  return missing;
}
let scriptBefore: string | undefined;

describe('a rebuild after a page-template change', () => {
  beforeAll(() => {
    fs.rmSync(work, { recursive: true, force: true });
    fs.mkdirSync(project, { recursive: true });
    for (const item of ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'src', 'admin', 'public', 'content']) {
      fs.cpSync(item, path.join(project, item), { recursive: true });
    }
    fs.symlinkSync(path.resolve('node_modules'), path.join(project, 'node_modules'), 'dir');
    // The CMS bundle of this checkout's own build (npm test builds first), if any: its key holds in the copy too.
    const built = path.resolve(process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro', 'admin-bundle');
    if (fs.existsSync(built)) fs.cpSync(built, path.join(cache, 'admin-bundle'), { recursive: true });
    first = build();
    scriptBefore = adminScript();
    // A rebuild with nothing changed: what Astro renders every time (routes without getStaticPaths: home, lists).
    unchanged = build();
    const template = path.join(project, TEMPLATE);
    fs.writeFileSync(template, fs.readFileSync(template, 'utf8').replace(/<\/article>/, `<p data-template-mark>${MARK}</p></article>`));
    second = build();
    scriptAfterSecond = adminScript();
    // A change to a script every page loads: its file gets a new name, so no page may keep the old one from the cache.
    const script = path.join(project, CLIENT_SCRIPT);
    fs.writeFileSync(path.join(project, 'src/scripts/code-change-shared.ts'), `export const mark = (el: HTMLElement) => { el.dataset.codeChange = '1'; };\n`);
    fs.appendFileSync(script, `\nimport { mark } from './code-change-shared.ts';\nmark(document.documentElement);\n`);
    fs.appendFileSync(path.join(project, 'src/scripts/checklist.ts'), `\nimport { mark as markShared } from './code-change-shared.ts';\nmarkShared(document.body);\n`);
    fs.appendFileSync(path.join(project, 'src/styles/programmes.css'), '\n.code-change-mark { outline: 1px solid; }\n');
    third = build();
  }, 600_000);

  it('the changed template\'s pages show the change', () => {
    const events = fs.readdirSync(path.join(project, 'content/events')).map((f) => f.replace(/\.md$/, ''));
    expect(events.length).toBeGreaterThan(3);
    for (const slug of events) expect(fs.readFileSync(path.join(project, 'dist/events', slug, 'index.html'), 'utf8')).toContain(MARK);
  });

  it('every other page with a cache key comes from the cache, and the CMS bundle is neither rebuilt nor renamed', () => {
    expect(rendered(first).length).toBeGreaterThan(200);
    const always = new Set(rendered(unchanged));
    const eventPages = rendered(second).filter((p) => !always.has(p));
    // Exactly the event pages, beyond what every build renders; the material, term, case, programme and indicator
    // pages (over 200) come from the cache.
    expect(eventPages.length).toBeGreaterThan(3);
    expect(eventPages.filter((p) => !/^\/events\/[^/]+\/index\.html$/.test(p))).toEqual([]);
    expect((second.match(/\(cached\)/g) ?? []).length).toBeGreaterThan(200);
    expect(second).not.toMatch(/Редактор \(Decap CMS\) собран/);
    expect(scriptAfterSecond).toBe(scriptBefore);
  });

  it('after a change to a client script, every page loads scripts and styles that exist (none is restored from the cache with the old file name)', () => {
    expect(third).toMatch(/\(cached\)|\(restored\)|generating static routes/);
    expect(missingAssets()).toEqual([]);
    // Pages taken from the cache (a case page uses the changed checklist script too) load the new code.
    expect((third.match(/\(cached\)/g) ?? []).length).toBeGreaterThan(0);
    const cases = fs.readdirSync(path.join(project, 'content/cases')).map((f) => f.replace(/\.md$/, ''));
    for (const page of ['index.html', `cases/${cases[0]}/index.html`]) {
      const html = fs.readFileSync(path.join(project, 'dist', page), 'utf8');
      const code = [...html.matchAll(/src="(\/_astro\/[^"]+\.js)"/g)].map((m) => loadedCode(m[1])).join('\n');
      expect(code, page).toContain('codeChange');
    }
  });
});
