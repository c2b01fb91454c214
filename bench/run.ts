/** `npm run bench`: builds N generated materials with the portal, bare Astro and Hugo, and reports time, peak memory, incremental rebuild, budgets and browser timings. */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measure, type Measurement } from './measure.ts';
import { generateMaterials } from './generate-materials.ts';
import { budgetTable, overBudget, weighDist } from '../scripts/check-budgets.ts';

const { values } = parseArgs({
  options: {
    materials: { type: 'string', default: '10000' },
    json: { type: 'boolean', default: false },
    'no-hugo': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    'no-incremental': { type: 'boolean', default: false },
    'no-baseline': { type: 'boolean', default: false },
    'no-search-cost': { type: 'boolean', default: false },
    'timeout-min': { type: 'string', default: '90' },
    verbose: { type: 'boolean', default: false },
  },
});

const N = Number(values.materials);
if (!Number.isInteger(N) || N < 1) throw new Error(`--materials: ожидалось целое число, получено «${values.materials}»`);
const root = process.cwd();
const work = path.join(root, '.bench');
const contentDir = path.join(work, `content-${N}`);
const timeoutMs = Number(values['timeout-min']) * 60_000;
const log = (s: string) => process.stderr.write(`${s}\n`);

// ---------- 1. content ----------

function generate(): string {
  const generator = path.join(root, 'scripts/generate-content.ts');
  const t0 = Date.now();
  if (fs.existsSync(generator)) {
    log(`Генерация ${N} материалов: scripts/generate-content.ts → ${path.relative(root, contentDir)}`);
    fs.rmSync(contentDir, { recursive: true, force: true });
    execFileSync(process.execPath, [generator, '--materials', String(N), '--out', contentDir], { stdio: ['ignore', 'inherit', 'inherit'] });
  } else {
    log(`Генерация ${N} материалов: bench/generate-materials.ts (scripts/generate-content.ts ещё нет) → ${path.relative(root, contentDir)}`);
    generateMaterials(N, contentDir);
  }
  const count = fs.readdirSync(path.join(contentDir, 'materials')).filter((f) => f.endsWith('.md')).length;
  log(`  готово за ${((Date.now() - t0) / 1000).toFixed(1)} с, материалов в папке: ${count}`);
  return generator;
}

// ---------- 2. builds ----------

interface Row { name: string; m?: Measurement; note?: string; pages?: number }

function countHtml(dir: string): number {
  let n = 0;
  const walk = (d: string) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { if (e.isDirectory()) walk(path.join(d, e.name)); else if (e.name.endsWith('.html')) n++; } };
  if (fs.existsSync(dir)) walk(dir);
  return n;
}

async function run(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, outDir: string): Promise<Row> {
  log(`Сборка: ${name} …`);
  const m = await measure(command, args, { env, timeoutMs, echo: values.verbose });
  if (m.code !== 0) {
    log(`  ✗ ${name}: код ${m.code} через ${m.seconds.toFixed(1)} с, пик памяти ${m.peakRssMb.toFixed(0)} МБ\n${m.output.slice(-3000)}`);
    return { name, m, note: m.code === 137 || m.code === 128 ? 'прервана по тайм-ауту' : `ошибка (код ${m.code})` };
  }
  const pages = countHtml(outDir);
  log(`  ✓ ${m.seconds.toFixed(1)} с, пик памяти ${m.peakRssMb.toFixed(0)} МБ, страниц: ${pages}`);
  return { name, m, pages };
}

const portalCache = path.join(work, `cache-portal-${N}`);
const portalEnv = { CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: portalCache };

/** Every measured build starts without an output folder, as on a CI runner (deleting 10 000 pages is not building them). */
const clearDist = () => fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });

async function portalBuild(): Promise<Row> {
  fs.rmSync(portalCache, { recursive: true, force: true });
  clearDist();
  return run('Портал: npm run build (сайт и поиск)', 'npm', ['run', 'build', '--silent'], portalEnv, path.join(root, 'dist'));
}

/**
 * Edits one material and rebuilds with the kept cache: the time a methodist waits for the edit to be published. With
 * `keepDist` the previous output folder stays (a server that builds in place, or a CI that caches dist/ too); without it
 * the build starts from an empty folder (a CI runner that restores only the cache) and unchanged pages are copied from it.
 */
async function incremental(keepDist: boolean): Promise<{ row: Row; published: boolean }> {
  const dir = path.join(contentDir, 'materials');
  const file = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort()[Math.floor(N / 2)];
  const marker = `Правка для проверки публикации ${Date.now()}.`;
  fs.appendFileSync(path.join(dir, file), `\n${marker}\n`);
  if (!keepDist) clearDist();
  const name = `Портал: пересборка после правки ${file} (${keepDist ? 'кеш и dist/ сохранены' : 'сохранён только кеш, dist/ пуст'})`;
  const row = await run(name, 'npm', ['run', 'build', '--silent'], portalEnv, path.join(root, 'dist'));
  const slug = /^slug:\s*(\S+)/m.exec(fs.readFileSync(path.join(dir, file), 'utf8'))?.[1] ?? file.replace(/\.md$/, '');
  const page = path.join(root, 'dist/materials', slug, 'index.html');
  const published = fs.existsSync(page) && fs.readFileSync(page, 'utf8').includes(marker);
  return { row, published };
}

async function astroBaseline(): Promise<Row> {
  const cache = path.join(work, `cache-astro-${N}`);
  const out = path.join(work, `dist-astro-${N}`);
  fs.rmSync(cache, { recursive: true, force: true });
  fs.rmSync(out, { recursive: true, force: true });
  const row = await run('Чистый Astro (bench/baseline)', path.join(root, 'node_modules/.bin/astro'), ['build', '--root', path.join(root, 'bench/baseline'), '--silent'], { BENCH_CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: cache, BASELINE_OUT: out }, out);
  fs.rmSync(out, { recursive: true, force: true });
  return row;
}

async function hugo(): Promise<Row> {
  const name = 'Hugo (bench/hugo)';
  if (values['no-hugo']) return { name, note: 'пропущен (--no-hugo)' };
  if (spawnSync('hugo', ['version']).status !== 0) {
    log('Hugo не установлен — пропускаю. Установить: sudo apt-get install -y hugo');
    return { name, note: 'не установлен: sudo apt-get install -y hugo' };
  }
  const out = path.join(work, `dist-hugo-${N}`);
  fs.rmSync(out, { recursive: true, force: true });
  const row = await run(name, 'hugo', ['--quiet', '--source', path.join(root, 'bench/hugo'), '--contentDir', path.join(contentDir, 'materials'), '--destination', out], {}, out);
  fs.rmSync(out, { recursive: true, force: true });
  return row;
}

// ---------- 3. report ----------

const fmt = (n: number | undefined, digits = 1) => (n === undefined ? '—' : n.toFixed(digits));

function table(rows: Row[], astro?: Row): string {
  const lines = ['| Сборка | Время, с | × чистый Astro | Время ЦП (дерево процессов), с | Пик памяти (дерево процессов), МБ | Страниц |', '|---|---:|---:|---:|---:|---:|'];
  for (const r of rows) {
    const ratio = r.m && astro?.m && !astro.note && !r.note ? fmt(r.m.seconds / astro.m.seconds, 2) : '—';
    lines.push(`| ${r.name} | ${r.note ? `${r.note}${r.m ? ` (${fmt(r.m.seconds)} с)` : ''}` : fmt(r.m?.seconds)} | ${ratio} | ${fmt(r.m?.cpuSeconds)} | ${fmt(r.m?.peakRssMb, 0)} | ${r.pages ?? '—'} |`);
  }
  return lines.join('\n');
}

function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'CPU';
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} ГБ ОЗУ, ${os.type()} ${os.release()}, Node ${process.version}`;
}

// ---------- main ----------

generate();
const rows: Row[] = [];
const portal = await portalBuild();
rows.push(portal);
const portalOk = !portal.note;

let budgets = '';
let budgetProblems: string[] = [];
if (portalOk) {
  const weights = weighDist(path.join(root, 'dist'));
  budgets = budgetTable(weights);
  budgetProblems = overBudget(weights);
}

/** Size on disk of the search index the full build wrote (all Pagefind bundles), and the number of bundles. */
function searchIndexSize(): { bytes: number; bundles: number } | undefined {
  const dir = path.join(root, 'dist/pagefind');
  if (!fs.existsSync(dir)) return undefined;
  let bytes = 0;
  const walk = (d: string) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const f = path.join(d, e.name); if (e.isDirectory()) walk(f); else bytes += fs.statSync(f).size; } };
  walk(dir);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'portal.json'), 'utf8')) as { shards: string[] };
  return { bytes, bundles: manifest.shards.length + 1 };
}
const index = portalOk ? searchIndexSize() : undefined;

let browser: Record<string, number | string | null> | undefined;
if (portalOk && !values['no-browser']) {
  const { browserTimings } = await import('./browser.ts');
  log('Замеры в Chromium …');
  browser = await browserTimings(path.join(root, 'dist'));
}

let inc: { row: Row; published: boolean } | undefined;
let incEmpty: { row: Row; published: boolean } | undefined;
if (portalOk && !values['no-incremental']) {
  inc = await incremental(true);
  rows.push(inc.row);
  incEmpty = await incremental(false);
  rows.push(incEmpty.row);
}

/** The same full build without the search index: the difference is what indexing adds to the build. */
let withoutSearch: Row | undefined;
if (portalOk && !values['no-search-cost']) {
  fs.rmSync(portalCache, { recursive: true, force: true });
  clearDist();
  withoutSearch = await run('Портал без поискового индекса (SEARCH_INDEX=off)', 'npm', ['run', 'build', '--silent'], { ...portalEnv, SEARCH_INDEX: 'off' }, path.join(root, 'dist'));
  rows.push(withoutSearch);
}

const astro = values['no-baseline'] ? undefined : await astroBaseline();
if (astro) rows.push(astro);
const hugoRow = await hugo();
rows.push(hugoRow);

const date = new Date().toISOString().slice(0, 10);
console.log(`\n## Бенчмарк: ${N} материалов (${date})\n\nМашина: ${machine()}\nКоманда: npm run bench -- --materials ${N}\n`);
console.log(table(rows, astro));
for (const [what, r] of [['кеш и dist/ сохранены', inc], ['сохранён только кеш', incEmpty]] as const) {
  if (r) console.log(`\nПересборка после правки одного материала (${what}): ${fmt(r.row.m?.seconds)} с; правка ${r.published ? 'опубликована' : 'НЕ найдена на странице'}.`);
}
const cores = os.cpus().length;
if (portal.m?.cpuSeconds !== undefined && astro?.m?.cpuSeconds !== undefined && !portal.note && !astro.note) {
  // CPU time over the cores is the least wall time any scheduling of the same work could reach here.
  const floor = portal.m.cpuSeconds / cores;
  console.log(`\nВремя ЦП: портал ${fmt(portal.m.cpuSeconds)} с, чистый Astro ${fmt(astro.m.cpuSeconds)} с (${fmt(portal.m.cpuSeconds / astro.m.cpuSeconds, 2)} ×). На ${cores} ядрах сборка портала не может быть быстрее ${fmt(floor)} с = ${fmt(floor / astro.m.seconds, 2)} × чистого Astro, даже если бы все ядра были заняты всё время.`);
}
if (index) {
  const added = withoutSearch?.m && !withoutSearch.note ? `; индексирование добавляет к сборке ${fmt(portal.m!.seconds - withoutSearch.m.seconds)} с (идёт одновременно со страницами)` : '';
  console.log(`\nПоисковый индекс: ${(index.bytes / 2 ** 20).toFixed(1)} МБ на диске, частей (Pagefind-бандлов): ${index.bundles}${added}.`);
}
if (budgets) {
  console.log(`\n### Бюджеты веса страниц (dist/ на ${N} материалах)\n\n${budgets}`);
  console.log(budgetProblems.length ? `\nСверх бюджета: ${budgetProblems.length} стр.\n${budgetProblems.slice(0, 10).map((p) => `  • ${p}`).join('\n')}` : '\nВсе страницы в пределах бюджета.');
}
if (browser) {
  console.log('\n### Chromium\n');
  for (const [k, v] of Object.entries(browser)) console.log(`- ${k}: ${typeof v === 'number' ? `${v.toFixed(0)} мс` : v ?? 'н/д'}`);
}
const astroOk = astro?.m && !astro.note;
const summary = {
  materials: N,
  portal_s: portalOk ? Number(portal.m!.seconds.toFixed(2)) : null,
  astro_s: astroOk ? Number(astro!.m!.seconds.toFixed(2)) : null,
  hugo_s: hugoRow.m && !hugoRow.note ? Number(hugoRow.m.seconds.toFixed(2)) : null,
  ratio_astro: portalOk && astroOk ? Number((portal.m!.seconds / astro!.m!.seconds).toFixed(2)) : null,
  peak_rss_mb: portal.m ? Math.round(portal.m.peakRssMb) : null,
  portal_cpu_s: portalOk && portal.m!.cpuSeconds !== undefined ? Number(portal.m!.cpuSeconds.toFixed(2)) : null,
  astro_cpu_s: astroOk && astro!.m!.cpuSeconds !== undefined ? Number(astro!.m!.cpuSeconds.toFixed(2)) : null,
  cores: os.cpus().length,
  incremental_s: inc?.row.m && !inc.row.note ? Number(inc.row.m.seconds.toFixed(2)) : null,
  incremental_empty_dist_s: incEmpty?.row.m && !incEmpty.row.note ? Number(incEmpty.row.m.seconds.toFixed(2)) : null,
  search_index_mb: index ? Number((index.bytes / 2 ** 20).toFixed(1)) : null,
  search_added_s: withoutSearch?.m && !withoutSearch.note && portalOk ? Number((portal.m!.seconds - withoutSearch.m.seconds).toFixed(2)) : null,
  over_budget: budgetProblems.length,
  browser_ms: browser ?? null,
};
if (values.json) console.log(JSON.stringify(summary));
if (!portalOk) process.exitCode = 1;
