/** Fallback generator for the benchmark: copies content/ and writes N realistic synthetic materials (used only when scripts/generate-content.ts is absent). */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';

const TOPICS = [
  'формирующее оценивание', 'функциональная грамотность', 'индивидуальный образовательный маршрут', 'наставничество молодых педагогов',
  'проектная деятельность', 'работа с родителями', 'инклюзивное образование', 'цифровые образовательные ресурсы',
  'подготовка к ВПР', 'смысловое чтение', 'рабочая программа воспитания', 'критическое мышление',
];
const VERBS = ['Как организовать', 'Методические рекомендации:', 'Практикум:', 'Конструктор урока:', 'Памятка педагогу:', 'Опыт школы:'];
const AUTHORS = ['Иванова А. П.', 'Петров С. В.', 'Сидорова Е. Н.', 'Кузнецова О. А.', 'Смирнов Д. И.', 'Волкова Т. Г.', 'Морозова И. В.'];
const SENTENCES = [
  'Материал поможет педагогу спланировать урок так, чтобы каждый ученик видел цель и критерии успеха.',
  'В приложении приведены готовые бланки, которые можно распечатать и использовать без доработки.',
  'Рекомендации опираются на опыт школ муниципалитета и требования обновлённых ФГОС.',
  'Каждый приём сопровождается примером из практики и типичными ошибками, которых стоит избегать.',
  'Для самопроверки в конце раздела предложены вопросы и критерии оценки собственной работы.',
  'Приём подходит для уроков разной продолжительности и легко адаптируется под возраст учащихся.',
  'Руководителю методического объединения материал пригодится при планировании заседаний.',
];

/** Deterministic pseudo-random numbers, so every run generates the same files. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}

function slugsOf(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => String(parse(fs.readFileSync(path.join(dir, f), 'utf8')).slug)).sort();
}

export function generateMaterials(count: number, out: string, source = 'content'): void {
  fs.rmSync(out, { recursive: true, force: true });
  fs.cpSync(source, out, { recursive: true });
  const dir = path.join(out, 'materials');
  fs.mkdirSync(dir, { recursive: true });
  const tax = Object.fromEntries(['subjects', 'levels', 'audiences', 'deficits', 'material-types'].map((t) => [t, slugsOf(path.join(source, t))]));
  const rand = rng(42);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)];
  const some = (list: string[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => pick(list)))].sort();
  const q = (s: string) => JSON.stringify(s);
  for (let i = 1; i <= count; i++) {
    const topic = pick(TOPICS);
    const title = `${pick(VERBS)} ${topic} (${i})`;
    const slug = `gen-${String(i).padStart(6, '0')}`;
    const date = new Date(Date.UTC(2019 + Math.floor(rand() * 7), Math.floor(rand() * 12), 1 + Math.floor(rand() * 28)));
    const paragraphs = Array.from({ length: 3 + Math.floor(rand() * 4) }, () => Array.from({ length: 3 }, () => pick(SENTENCES)).join(' '));
    const body = [
      `## Зачем это педагогу\n\n${paragraphs[0]}`,
      `## Как работать с материалом\n\n${paragraphs.slice(1).join('\n\n')}`,
      `## Шаги\n\n1. Прочитайте раздел о теме «${topic}».\n2. Выберите приём для своего класса.\n3. Обсудите результат с наставником.`,
    ].join('\n\n');
    const front = [
      '---',
      `title: ${q(title)}`,
      `slug: ${slug}`,
      `summary: ${q(`${pick(SENTENCES)} Тема: ${topic}.`)}`,
      `type: ${pick(tax['material-types'])}`,
      `subjects: [${some(tax.subjects, 2).join(', ')}]`,
      `levels: [${some(tax.levels, 2).join(', ')}]`,
      `audiences: [${some(tax.audiences, 2).join(', ')}]`,
      `deficits: [${some(tax.deficits, 2).join(', ')}]`,
      `authors: [${q(pick(AUTHORS))}]`,
      `date: ${date.toISOString().slice(0, 10)}`,
      `tags: [${q(topic)}]`,
      'demo: true',
      '---',
    ].join('\n');
    fs.writeFileSync(path.join(dir, `${slug}.md`), `${front}\n\n${body}\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { materials: { type: 'string', default: '1000' }, out: { type: 'string', default: 'content-generated' } } });
  generateMaterials(Number(values.materials), values.out!);
  console.log(`Сгенерировано материалов: ${values.materials} → ${values.out}`);
}
