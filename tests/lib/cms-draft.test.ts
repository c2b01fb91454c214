import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { blankOptionalPaths, draftRefusal, slugChangeRefusal, slugTakenMessage, withoutBlanks } from '../../src/lib/cms-draft.ts';
import { parseYaml, splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { collectionDef } from '../../src/schema/collections.ts';
import { schemaProblems } from '../../src/lib/content-validation.ts';

const config = parse(fs.readFileSync('admin/config.yml', 'utf8')) as { collections: { name: string; fields: never[] }[] };
const fieldsOf = (name: string) => config.collections.find((c) => c.name === name)!.fields;
const problems = (name: string, data: unknown) => schemaProblems(collectionDef(name).schema, 'x', data);

describe('blanks left in optional fields are dropped before the CMS saves', () => {
  it('a material whose «Дата обновления» and «Организация» were typed and cleared saves as a file the build accepts', () => {
    // What Decap 3 wrote into the file before this fix (seen in the CMS against the local backend).
    const saved = { title: 'Проект', slug: 'proekt', summary: 'Кратко.', type: 'recommendations', date: '2025-03-14', updated: '', organization: '  ', files: [] };
    expect(problems('materials', saved).map((p) => p.field).sort()).toEqual(['«Дата обновления»', '«Организация»']);
    expect(blankOptionalPaths(fieldsOf('materials'), saved)).toEqual([['updated'], ['organization']]);
    expect(problems('materials', withoutBlanks(fieldsOf('materials'), saved))).toEqual([]);
  });

  it('an indicator with a cleared «Группа», «Допуск» and «Направление», and a «Базовое значение» opened and emptied', () => {
    const saved = { title: 'Доля', slug: 'dolya', programme: 'p', code: '9', group: '', unit: 'percent', direction: null, tolerance: '', baseline: { year: '', value: '' }, targets: [], actuals: [{ year: 2024, value: 40, note: '' }] };
    const clean = withoutBlanks(fieldsOf('indicators'), saved);
    expect(clean).toEqual({ title: 'Доля', slug: 'dolya', programme: 'p', code: '9', unit: 'percent', targets: [], actuals: [{ year: 2024, value: 40 }] });
    expect(problems('indicators', clean)).toEqual([]);
  });

  it('blank optional cells of a roadmap row are dropped; a half-filled optional block is kept, for the schema to name what is missing', () => {
    const saved = { roadmap: [{ activity: 'Семинар', term: '2024', start: '', responsible: '', status: null }], approval: { document: '', date: '2022-01-21' } };
    expect(withoutBlanks(fieldsOf('programmes'), saved)).toEqual({ roadmap: [{ activity: 'Семинар', term: '2024' }], approval: { date: '2022-01-21' } });
  });

  it('required fields, zero, false and the Markdown body are never touched', () => {
    const saved = { title: '', slug: 'a', summary: 'b', type: 't', date: '2025-01-01', demo: false, body: '' };
    expect(blankOptionalPaths(fieldsOf('materials'), saved)).toEqual([]);
    expect(blankOptionalPaths(fieldsOf('indicators'), { tolerance: 0, actuals: [{ year: 2024, value: 0 }] })).toEqual([]);
  });
});

describe('an entry the site build would reject is refused on save, in the build\'s words', () => {
  const event = { title: 'Конференция', slug: 'konf', kind: 'conference', start: '2026-03-26', format: 'offline', audiences: [], summary: 'Итоги.' };

  it('an event ending before it starts', () => {
    expect(draftRefusal(collectionDef('events').schema, event)).toBeUndefined();
    expect(draftRefusal(collectionDef('events').schema, { ...event, end: '2001-01-01' })).toBe(
      'сайт не примет запись — поле «Дата окончания»: значение «2001-01-01» — дата окончания не может быть раньше даты начала. Исправьте и сохраните снова.');
  });

  it('a draft carries its Markdown text as «body», which is no unknown field (a file\'s frontmatter may not have one)', () => {
    expect(draftRefusal(collectionDef('events').schema, { ...event, body: 'Текст' })).toBeUndefined();
    expect(draftRefusal(collectionDef('events').schema, { ...event, body: 'Текст', end: '2001-01-01' })).toBe(
      'сайт не примет запись — поле «Дата окончания»: значение «2001-01-01» — дата окончания не может быть раньше даты начала. Исправьте и сохраните снова.');
  });

  it('a half-filled optional block names the field still missing', () => {
    const indicator = { title: 'Доля', slug: 'dolya', programme: 'p', code: '1', unit: 'percent', baseline: { year: 2022 } };
    expect(draftRefusal(collectionDef('indicators').schema, indicator)).toMatch(/^сайт не примет запись — поле «Базовое значение» › «Значение»: не заполнено — /);
    const programme = { title: 'П', short_title: 'П', slug: 'p', summary: 'к', organization: 'о', municipality: 'м', region: 'р', period: { start: 2022, end: 2020 }, goal: 'ц' };
    expect(draftRefusal(collectionDef('programmes').schema, programme)).toMatch(/поле «Период реализации» › «Год окончания»: значение «2020» — год окончания не может быть раньше года начала/);
  });

  it('checks the build makes within one entry: a roadmap row citing a task the programme lacks, a «да/нет» indicator valued 5', () => {
    const programme = { title: 'П', short_title: 'П', slug: 'p', summary: 'к', organization: 'о', municipality: 'м', region: 'р', period: { start: 2022, end: 2025 }, goal: 'ц',
      tasks: [{ id: 't1', title: 'Задача' }], roadmap: [{ activity: 'Семинар', term: '2023', task: 't1' }, { activity: 'Курсы', term: '2024', task: 't9' }] };
    expect(draftRefusal(collectionDef('programmes').schema, programme)).toMatch(/^сайт не примет запись — поле «Дорожная карта» › строка 2 › «Задача \(код\)»: значение «t9» — такого кода нет в списке «Задачи»; допустимые коды: t1\./);
    const indicator = { title: 'Есть ли план', slug: 'plan', programme: 'p', code: '2', unit: 'boolean', actuals: [{ year: 2024, value: 5 }] };
    expect(draftRefusal(collectionDef('indicators').schema, indicator)).toMatch(/поле «Фактические значения» › строка 1 › «Значение»: значение «5» — для показателя «да\/нет» ожидалось true\/false или 1\/0/);
  });

  it('an indicator, given its programme\'s data as the CMS loaded it, is refused with a year outside the programme\'s period or a task it lacks', () => {
    const programme = { title: 'П', short_title: 'Программа Бородино', slug: 'p', summary: 'к', organization: 'о', municipality: 'м', region: 'р', period: { start: 2022, end: 2025 }, goal: 'ц', tasks: [{ id: 't1', title: 'Задача' }] };
    const indicator = { title: 'Доля', slug: 'dolya', programme: 'p', code: '1', unit: 'percent', task: 't1', targets: [{ year: 2024, value: 40 }] };
    expect(draftRefusal(collectionDef('indicators').schema, indicator, programme)).toBeUndefined();
    expect(draftRefusal(collectionDef('indicators').schema, { ...indicator, targets: [{ year: 2019, value: 40 }], task: 't2' }, programme)).toBe(
      'сайт не примет запись — поле «Плановые значения по годам» › строка 1 › «Год»: значение «2019» — год вне периода программы «Программа Бородино»: ожидался год с 2022 по 2025; '
      + 'поле «Задача программы (код)»: значение «t2» — в программе «Программа Бородино» нет задачи с таким кодом. Исправьте и сохраните снова.');
    // Without the programme (not loaded) the years are left to the build.
    expect(draftRefusal(collectionDef('indicators').schema, { ...indicator, targets: [{ year: 2019, value: 40 }] })).toBeUndefined();
  });

  it('every entry of the repository saves unchanged: the check refuses nothing the build accepts', () => {
    for (const c of config.collections.filter((x) => x.fields)) {
      const dir = `content/${c.name}`;
      if (!fs.existsSync(dir)) continue;
      for (const file of fs.readdirSync(dir)) {
        const text = fs.readFileSync(`${dir}/${file}`, 'utf8');
        const data = file.endsWith('.md') ? splitFrontmatter(text).data : parseYaml(text);
        expect(draftRefusal(collectionDef(c.name).schema, withoutBlanks(c.fields, data)), `${dir}/${file}`).toBeUndefined();
      }
    }
  });
});

describe('the address of a saved entry stays its file name', () => {
  it('an edited entry with another address is refused and told to put the old one back; new entries and unchanged addresses pass', () => {
    expect(slugChangeRefusal('cifrovaya-gigiena-pamyatka', { slug: 'cifrovaya-gigiena' })).toMatch(/^«Адрес страницы» сохранённой записи не меняется: .* Верните адрес «cifrovaya-gigiena-pamyatka»/);
    expect(slugChangeRefusal('cifrovaya-gigiena-pamyatka', { slug: 'cifrovaya-gigiena-pamyatka' })).toBeUndefined();
    expect(slugChangeRefusal(undefined, { slug: 'novaya' })).toBeUndefined();
    expect(slugChangeRefusal('site', { name: 'Служба' })).toBeUndefined();
  });

  it('a taken address is named with a way out', () => {
    expect(slugTakenMessage('pamyatka')).toBe('Адрес «pamyatka» уже занят другой записью этого раздела. Придумайте другой, например добавьте год или уточнение: «pamyatka-2025».');
  });
});
