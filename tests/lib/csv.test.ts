import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCsv, parseCsvNumber, toCsv } from '../../src/lib/csv.ts';
import { indicatorCsvRows, INDICATOR_CSV_HEADER } from '../../src/lib/indicator-data.ts';
import { indicatorSchema } from '../../src/schema/collections.ts';
import type { IndicatorData } from '../../src/lib/status.ts';

describe('toCsv / parseCsv', () => {
  it('starts with a BOM, uses «;» and CRLF, quotes what needs quoting, and parses back', () => {
    const rows = [['Показатель', 'Значение'], ['Доля «лучших»; и "прочих"', 57.5], ['строка\nс переносом', ''], [' пробел', 'да']];
    const text = toCsv(rows);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('Показатель;Значение\r\n');
    expect(text).toContain('57,5');
    const back = parseCsv(text);
    expect(back).toEqual([['Показатель', 'Значение'], ['Доля «лучших»; и "прочих"', '57,5'], ['строка\nс переносом', ''], [' пробел', 'да']]);
    expect(parseCsvNumber(back[1][1])).toBe(57.5);
  });

  it('the CSV of every demo indicator parses back to the plans and facts in its content file', () => {
    const dir = path.resolve('content/indicators');
    const list = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => indicatorSchema.parse(parse(fs.readFileSync(path.join(dir, f), 'utf8'))) as IndicatorData);
    const back = parseCsv(toCsv(indicatorCsvRows(list, () => 2026)));
    expect(back[0]).toEqual(INDICATOR_CSV_HEADER);
    const col = (name: string) => INDICATOR_CSV_HEADER.indexOf(name);
    const num = (v: number | boolean) => (typeof v === 'boolean' ? (v ? 1 : 0) : v);
    let facts = 0;
    for (const i of list) {
      const mine = back.filter((r) => r[col('Программа')] === i.programme && r[col('Номер')] === i.code && r[col('Показатель')] === i.title);
      for (const a of i.actuals) {
        const row = mine.find((r) => Number(r[col('Год')]) === a.year)!;
        expect(parseCsvNumber(row[col('Факт')])).toBe(num(a.value));
        expect(row[col('Демонстрационное значение')]).toBe(a.demo ? 'да' : 'нет');
        facts++;
      }
      for (const t of i.targets) {
        const row = mine.find((r) => Number(r[col('Год')]) === t.year)!;
        expect(parseCsvNumber(row[col('План')])).toBe(num(t.value));
      }
    }
    expect(facts).toBeGreaterThan(20);
  });

  it('a year judged against a later final plan says so in the CSV, as on the site', () => {
    const i: IndicatorData = { title: 'Доля', slug: 'x', programme: 'p', code: '1', unit: 'percent', direction: 'higher', targets: [], actuals: [{ year: 2024, value: 48, demo: false }], final_target: { year: 2026, value: 60 } };
    const rows = indicatorCsvRows([i], () => 2026);
    const status = INDICATOR_CSV_HEADER.indexOf('Статус');
    expect(rows.slice(1).map((r) => [r[INDICATOR_CSV_HEADER.indexOf('Год')], r[status]])).toEqual([[2024, 'итоговый план пока не достигнут'], [2026, 'нет данных']]);
    // The row has no plan of its own, so it says which plan the fact was compared with.
    expect(rows[1][INDICATOR_CSV_HEADER.indexOf('Факт сравнён с')]).toBe('итоговым планом на 2026 год (60)');
    const yearly = indicatorCsvRows([{ ...i, targets: [{ year: 2024, value: 50 }] }], () => 2026);
    expect(yearly[1][INDICATOR_CSV_HEADER.indexOf('Факт сравнён с')]).toBe('планом на год');
  });
});
