/**
 * Incremental publishing: a rebuild with the kept cache must publish exactly the site a build from scratch publishes,
 * while leaving unchanged pages in place (output folder kept) or copying them from the cache (output folder empty).
 * Page cache keys: src/data/site.ts; stale files: src/integrations/output-prune.ts.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const work = path.resolve('.tmp/incremental');
const content = path.join(work, 'content');
const EDITED = 'adaptaciya-zadaniy-ovz';
const BODY_ONLY = 'analiz-realizacii-iom';
const DELETED = 'fgos-prezentaciya-pedsovet';
const NEW_TITLE = 'Адаптация заданий для детей с ОВЗ: переработанное издание';
// A material two cases use as a step: the case pages show its title.
const CASE_STEP = 'shablon-iom-na-god';
const CASE_STEP_TITLE = 'Шаблон ИОМ на учебный год: новая редакция';
const CASES_WITH_STEP = ['itogi-goda-po-marshrutu', 'svoy-marshrut-za-dve-nedeli'];

/** Builds the copied content without the search index (search has its own tests) and returns Astro's log, colours removed. */
function build(cache: string, out: string, env: Record<string, string> = {}): string {
  const log = execFileSync('npx', ['astro', 'build', '--outDir', out], {
    env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: cache, SEARCH_INDEX: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  }).toString();
  return log.replace(/\x1b\[[0-9;]*m/g, '');
}

function files(dir: string, root = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full, root) : [path.relative(root, full)];
  }).sort();
}

const logs: Record<'kept' | 'emptied', string> = { kept: '', emptied: '' };
const out = { kept: path.join(work, 'site'), emptied: path.join(work, 'emptied'), fresh: path.join(work, 'fresh') };

describe('a rebuild after edits, with the cache kept', () => {
  beforeAll(() => {
    fs.rmSync(work, { recursive: true, force: true });
    fs.mkdirSync(work, { recursive: true });
    fs.cpSync('content', content, { recursive: true });
    build(path.join(work, 'cache'), out.kept);
    // A second copy of the cache, for a deploy that keeps the cache but starts from an empty output folder.
    fs.cpSync(path.join(work, 'cache'), path.join(work, 'cache-copy'), { recursive: true });

    // A methodist renames a material and moves it to another deficit, adds a paragraph to another and deletes a third.
    const edited = path.join(content, 'materials', `${EDITED}.md`);
    const source = fs.readFileSync(edited, 'utf8');
    fs.writeFileSync(edited, source.replace(/^title: .*$/m, `title: "${NEW_TITLE}"`).replace(/^deficits: \[.*\]$/m, 'deficits: [inclusive-education, mentoring]'));
    fs.appendFileSync(path.join(content, 'materials', `${BODY_ONLY}.md`), '\nДобавленный абзац для проверки публикации.\n');
    fs.rmSync(path.join(content, 'materials', `${DELETED}.md`));
    const step = path.join(content, 'materials', `${CASE_STEP}.md`);
    fs.writeFileSync(step, fs.readFileSync(step, 'utf8').replace(/^title: .*$/m, `title: "${CASE_STEP_TITLE}"`));

    logs.kept = build(path.join(work, 'cache'), out.kept);
    logs.emptied = build(path.join(work, 'cache-copy'), out.emptied);
    build(path.join(work, 'fresh-cache'), out.fresh);
  }, 300_000);

  for (const mode of ['kept', 'emptied'] as const) {
    it(`publishes the same files, byte for byte, as a build from scratch (output folder ${mode === 'kept' ? 'kept' : 'empty'})`, () => {
      const fresh = files(out.fresh);
      expect(files(out[mode])).toEqual(fresh);
      const differing = fresh.filter((f) => !fs.readFileSync(path.join(out[mode], f)).equals(fs.readFileSync(path.join(out.fresh, f))));
      expect(differing).toEqual([]);
    });
  }

  it('shows the new title on the material page, on the pages that list it, and under its new deficit; the deleted page is gone', () => {
    const page = (p: string) => fs.readFileSync(path.join(out.kept, p, 'index.html'), 'utf8');
    expect(page(`materials/${EDITED}`)).toContain(NEW_TITLE);
    expect(page('deficits/mentoring')).toContain(NEW_TITLE);
    expect(page('deficits/inclusive-education')).toContain(NEW_TITLE);
    expect(page(`materials/${BODY_ONLY}`)).toContain('Добавленный абзац для проверки публикации.');
    expect(fs.existsSync(path.join(out.kept, 'materials', DELETED))).toBe(false);
  });

  it('shows a renamed material\'s new title in the steps of the cases that use it', () => {
    for (const slug of CASES_WITH_STEP) expect(fs.readFileSync(path.join(out.kept, 'cases', slug, 'index.html'), 'utf8'), slug).toContain(CASE_STEP_TITLE);
  });

  it('leaves unchanged pages in place, or copies them from the cache, instead of rendering them again', () => {
    const materialPages = fs.readdirSync(path.join(content, 'materials')).map((f) => `/materials/${f.replace(/\.md$/, '')}/index.html`);
    // Astro logs "├─ <file> (cached)" or "(restored)" in one piece for a page it did not render (rendered pages' lines interleave).
    for (const [mode, word] of [['kept', 'cached'], ['emptied', 'restored']] as const) {
      const reused = [...logs[mode].matchAll(new RegExp(`├─ (\\S+) \\(${word}\\)`, 'g'))].map((m) => m[1]);
      // Most material pages neither changed nor list a changed material; the edited ones are rendered again.
      expect(materialPages.filter((p) => reused.includes(p)).length, mode).toBeGreaterThan(materialPages.length / 2);
      expect(reused, mode).not.toContain(`/materials/${EDITED}/index.html`);
      expect(reused, mode).not.toContain(`/materials/${BODY_ONLY}/index.html`);
      expect(reused.filter((p) => p.startsWith('/deficits/')).length, mode).toBeGreaterThan(0);
      // Pages that show no edited material: other cases, programmes, indicators (page and data), events, mentors.
      const cases = fs.readdirSync(path.join(content, 'cases')).map((f) => `/cases/${f.replace(/\.md$/, '')}/index.html`);
      const otherCases = cases.filter((p) => !CASES_WITH_STEP.some((c) => p.includes(`/${c}/`)));
      expect(otherCases.length).toBeGreaterThan(3);
      expect(otherCases.filter((p) => !reused.includes(p)), mode).toEqual([]);
      for (const c of CASES_WITH_STEP) expect(reused, mode).not.toContain(`/cases/${c}/index.html`);
      for (const prefix of ['/programmes/', '/indicators/', '/events/', '/mentors/']) {
        expect(reused.filter((p) => p.startsWith(prefix) && !p.endsWith(`${prefix}index.html`)).length, `${mode} ${prefix}`).toBeGreaterThan(2);
      }
      expect(reused.some((p) => /^\/indicators\/[^/]+\.csv$/.test(p)), mode).toBe(true);
    }
  });

  it('renders programmes, reports and indicators again when the date their statuses are computed against changes', () => {
    const nextYear = `${new Date().getUTCFullYear() + 1}-06-01`;
    const log = build(path.join(work, 'cache'), out.kept, { BUILD_DATE: nextYear });
    const reused = [...log.matchAll(/├─ (\S+) \(cached\)/g)].map((m) => m[1]);
    expect(reused.filter((p) => /^\/(programmes|indicators)\/./.test(p))).toEqual([]);
    expect(reused.filter((p) => p.startsWith('/mentors/')).length).toBeGreaterThan(2);
  }, 120_000);
});
