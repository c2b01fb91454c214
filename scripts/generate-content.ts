/**
 * Generates a complete synthetic content tree for scale tests: realistic materials, banks and cases,
 * plus the taxonomies, settings and programmes copied from content/. Never writes into content/.
 *
 * Usage: npm run generate -- --materials 10000 [--cases 200] [--out content-generated] [--seed 1]
 * Then:  CONTENT_DIR=content-generated npm run build
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';

const { values: args } = parseArgs({
  options: {
    materials: { type: 'string', default: '1000' },
    cases: { type: 'string' },
    out: { type: 'string', default: 'content-generated' },
    from: { type: 'string', default: 'content' },
    seed: { type: 'string', default: '1' },
  },
});

const MATERIALS = Number(args.materials);
const CASES = args.cases === undefined ? Math.max(5, Math.round(MATERIALS / 50)) : Number(args.cases);
const root = process.cwd();
const from = path.resolve(root, args.from!);
const out = path.resolve(root, args.out!);
if (out === from || out === path.resolve(root, 'content')) throw new Error('The generator never writes into content/: choose another --out folder.');
if (!Number.isInteger(MATERIALS) || MATERIALS < 1) throw new Error('--materials expects a positive whole number');

// Deterministic PRNG (mulberry32), so a run with the same seed gives the same tree.
let state = Number(args.seed) >>> 0 || 1;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
function some<T>(xs: readonly T[], min: number, max: number): T[] {
  const n = Math.min(xs.length, min + Math.floor(random() * (max - min + 1)));
  const pool = [...xs];
  const chosen: T[] = [];
  while (chosen.length < n) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  return chosen;
}

interface Term { slug: string; title: string }
function terms(collection: string): Term[] {
  const dir = path.join(from, collection);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Term);
}

// A complete tree: everything but materials, cases and banks is copied as is.
const GENERATED = new Set(['materials', 'cases', 'banks']);
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
for (const name of fs.readdirSync(from)) {
  if (GENERATED.has(name)) continue;
  fs.cpSync(path.join(from, name), path.join(out, name), { recursive: true });
}
for (const name of GENERATED) fs.mkdirSync(path.join(out, name), { recursive: true });

const types = terms('material-types');
const subjects = terms('subjects');
const levels = terms('levels');
const audiences = terms('audiences');
const deficits = terms('deficits');

const TOPICS = [
  'формирующее оценивание на уроке', 'смысловое чтение', 'индивидуальный образовательный маршрут', 'работа с одарёнными детьми',
  'проектная деятельность учащихся', 'функциональная грамотность', 'цифровые образовательные ресурсы', 'инклюзивное образование',
  'адаптация молодого педагога', 'наставничество в школе', 'подготовка к ГИА', 'критериальное оценивание', 'учебное исследование',
  'воспитательная работа в классе', 'работа с родителями', 'дифференцированное обучение', 'обратная связь ученику',
  'рабочая программа по обновлённому ФГОС', 'организация групповой работы', 'учебная мотивация', 'читательская грамотность',
  'математическая грамотность', 'естественнонаучная грамотность', 'креативное мышление', 'глобальные компетенции',
  'финансовая грамотность', 'электронный журнал и цифровая среда', 'самоанализ урока', 'открытый урок', 'портфолио педагога',
];
const OPENERS = ['Как организовать', 'Пошаговое руководство:', 'Практикум:', 'Памятка для педагога:', 'Вопросы и ответы:', 'Опыт школы:', 'Типичные ошибки:', 'Чек-лист:'];
const SUMMARY = [
  'Материал помогает педагогу спланировать работу и избежать типичных ошибок.',
  'Приведены примеры заданий, критерии оценивания и образцы документов.',
  'Подходит для самостоятельного изучения и для работы методического объединения.',
  'Содержит разбор урока, вопросы для обсуждения и рекомендации по доработке.',
  'Опирается на требования обновлённых ФГОС и опыт школ округа.',
];
const AUTHORS = ['Иванова М. П.', 'Петров С. А.', 'Смирнова О. В.', 'Кузнецова Е. Н.', 'Соколов Д. И.', 'Попова Н. Г.', 'Лебедева Т. Ю.', 'Новиков А. В.'];
const ORGS = ['МБОУ «СОШ № 1»', 'МБОУ «Гимназия № 2»', 'МАДОУ «Детский сад № 5»', 'МБУ ДПО «НМЦ»', 'МБОУ «Лицей № 7»'];

function isoDate(d: Date): string { return d.toISOString().slice(0, 10); }
const START = Date.UTC(2019, 0, 1);
const END = Date.UTC(2025, 11, 31);
const randomDate = () => new Date(START + Math.floor(random() * ((END - START) / 86_400_000)) * 86_400_000);

function writeMd(dir: string, slug: string, data: Record<string, unknown>, body: string): void {
  fs.writeFileSync(path.join(out, dir, `${slug}.md`), `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`);
}

const materialSlugs: string[] = [];
const byDeficit = new Map<string, string[]>();
const width = String(MATERIALS).length;
for (let i = 1; i <= MATERIALS; i++) {
  const slug = `gen-material-${String(i).padStart(width, '0')}`;
  const type = pick(types);
  const topic = pick(TOPICS);
  const subj = some(subjects, 0, 2);
  const defs = some(deficits, 1, 2);
  const title = `${pick(OPENERS)} ${topic}${subj.length ? ` (${subj.map((s) => s.title.toLowerCase()).join(', ')})` : ''}, № ${i}`;
  const date = randomDate();
  const data: Record<string, unknown> = {
    title,
    slug,
    summary: `${type.title}: ${topic}. ${some(SUMMARY, 1, 2).join(' ')}`,
    type: type.slug,
    subjects: subj.map((s) => s.slug),
    levels: some(levels, 1, 2).map((l) => l.slug),
    audiences: some(audiences, 1, 2).map((a) => a.slug),
    deficits: defs.map((d) => d.slug),
    authors: some(AUTHORS, 1, 2),
    organization: pick(ORGS),
    date: isoDate(date),
    tags: [topic.split(' ')[0]],
    demo: true,
  };
  if (random() < 0.3) data.updated = isoDate(new Date(Math.min(END, date.getTime() + 86_400_000 * Math.floor(random() * 300))));
  writeMd('materials', slug, data, `## О материале\n\n${some(SUMMARY, 2, 3).join(' ')}\n\n## Как использовать\n\n1. Прочитайте материал целиком.\n2. Выберите одно упражнение и примените его на уроке.\n3. Обсудите результат с наставником или коллегами.\n`);
  materialSlugs.push(slug);
  for (const d of defs) byDeficit.set(d.slug, [...(byDeficit.get(d.slug) ?? []), slug]);
}

// One bank per deficit, as the seed programmes describe «тематические кейсы по выявленным дефицитам».
deficits.forEach((d, k) => {
  fs.writeFileSync(path.join(out, 'banks', `gen-bank-${d.slug}.yaml`), stringify({
    title: `Кейсы: ${d.title.toLowerCase()}`, slug: `gen-bank-${d.slug}`,
    summary: `Кейсы для педагогов, которым трудно: ${d.title.toLowerCase()}.`, deficits: [d.slug], order: k + 1,
  }));
});
for (let i = 1; i <= CASES; i++) {
  const d = deficits[(i - 1) % deficits.length];
  const pool = byDeficit.get(d.slug) ?? materialSlugs;
  const slug = `gen-case-${String(i).padStart(String(CASES).length, '0')}`;
  const steps = some(pool, 3, 5).map((m, k) => ({
    title: ['Познакомьтесь с материалом', 'Попробуйте на практике', 'Проанализируйте результат', 'Обсудите с коллегами', 'Оформите вывод'][k],
    material: m,
    action: 'Прочитайте материал, выполните одно задание из него и запишите, что получилось.',
  }));
  writeMd('cases', slug, {
    title: `Кейс ${i}: ${d.title.toLowerCase()}`, slug, bank: `gen-bank-${d.slug}`,
    summary: `Маршрут из ${steps.length} шагов для педагога, которому трудно: ${d.title.toLowerCase()}.`,
    goal: 'Освоить приём на практике и оценить его результат.', deficits: [d.slug],
    audiences: some(audiences, 1, 2).map((a) => a.slug), levels: some(levels, 1, 2).map((l) => l.slug),
    duration: `${2 + Math.floor(random() * 3)} недели`, steps,
    questions: ['Что получилось лучше всего?', 'Что я сделаю иначе в следующий раз?'], date: isoDate(randomDate()),
  }, 'Кейс создан генератором для проверки производительности.');
}

console.log(`Создано в ${path.relative(root, out) || out}: ${MATERIALS} материалов, ${CASES} кейсов, ${deficits.length} банков.`);
