/** Checks all content against the schema and across files; returns problems a methodist can read and fix. */
import { collections, collectionDef, settingsSchema, SETTINGS_FILE, type CollectionDef } from '../schema/collections.ts';
import { fieldLabel, relationPaths, valuesAlong } from '../schema/walk.ts';
import { isAllowedUpload, MAX_UPLOAD_BYTES, UPLOAD_RULE_TEXT } from '../schema/media.ts';
import { LATIN_SLUG } from '../schema/fields.ts';
import type { z } from 'astro/zod';

export interface RawEntry {
  collection: string;
  /** Path relative to the repository root, e.g. content/materials/iom.md. */
  file: string;
  data: Record<string, unknown>;
  body?: string;
  /** sha1 of the file's source: what the file says, whatever its time (src/integrations/content-files.ts). */
  digest?: string;
}

export interface ContentProblem {
  file: string;
  /** Russian field label with its place, e.g. «Фактические значения» › строка 2 › «Значение». */
  field: string;
  value: unknown;
  expected: string;
}

export function formatProblem(p: ContentProblem): string {
  const value = p.value === undefined ? 'не заполнено' : `значение ${showValue(p.value)}`;
  return `${p.file}: поле ${p.field}: ${value} — ${p.expected}`;
}

function showValue(v: unknown): string {
  if (v instanceof Date) return `«${v.toISOString().slice(0, 10)}»`;
  if (typeof v === 'string') return `«${v.length > 80 ? `${v.slice(0, 77)}…` : v}»`;
  const json = JSON.stringify(v);
  return `«${json && json.length > 80 ? `${json.slice(0, 77)}…` : json}»`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** Schema problems of one file: each names the field and the bad value. */
export function schemaProblems(schema: z.ZodObject, file: string, data: unknown): ContentProblem[] {
  return checkSchema(schema, file, data, { fromFile: true }).problems;
}

const TYPE_NAMES: Record<string, string> = {
  number: 'ожидалось число', int: 'ожидалось целое число', string: 'ожидался текст', boolean: 'ожидалось true (да) или false (нет)',
  array: 'ожидался список', object: 'ожидалась группа полей', date: 'ожидалась дата в формате ГГГГ-ММ-ДД',
};

/** Russian words for the schema's checks that carry no message of their own (a field's own message always wins). */
function russianIssue(issue: { code: string; expected?: string; minimum?: unknown; maximum?: unknown; origin?: string; values?: unknown[]; keys?: string[] }): string | undefined {
  switch (issue.code) {
    case 'invalid_type': return TYPE_NAMES[issue.expected ?? ''];
    case 'too_small': return issue.origin === 'number' ? `значение должно быть не меньше ${issue.minimum}` : issue.origin === 'array' ? `в списке должно быть не меньше ${issue.minimum}` : 'поле не может быть пустым';
    case 'too_big': return issue.origin === 'number' ? `значение должно быть не больше ${issue.maximum}` : `слишком длинное значение: не больше ${issue.maximum}`;
    case 'invalid_value': return `ожидалось одно из значений: ${(issue.values ?? []).join(', ')}`;
    case 'invalid_union': return 'значение не подходит ни под один из допустимых видов';
    case 'invalid_format': return 'значение записано в неверном формате';
    default: return undefined;
  }
}

/** A hint for a value YAML read as another type: «12,5» where a number is expected, 1 or yes where text is. */
function numberHint(value: unknown, message: string): string {
  if (typeof value === 'string' && /^-?\d+,\d+$/.test(value.trim()) && /числ/.test(message)) return `${message}; дробная часть отделяется точкой: ${value.trim().replace(',', '.')}`;
  if ((typeof value === 'number' || typeof value === 'boolean') && /^ожидался текст$/.test(message)) return `${message}: запишите значение в кавычках — "${value}"`;
  return message;
}

/**
 * A required field that is missing while another field's text contains «<its name>: …» was swallowed by an unclosed quote
 * above it: js-yaml reads on to the next quote, and the schema sees only missing fields.
 */
function swallowedBy(schema: z.ZodObject, data: unknown, key: PropertyKey): string | undefined {
  if (!data || typeof data !== 'object' || typeof key !== 'string') return undefined;
  for (const [other, v] of Object.entries(data)) {
    if (typeof v === 'string' && new RegExp(`(^|\\s)${key}:(\\s|$)`).test(v)) {
      return `поле не найдено: похоже, в поле ${fieldLabel(schema, [other])} не закрыта кавычка, и строка «${key}: …» попала в его текст`;
    }
  }
  return undefined;
}

/** Whether two field names differ by one typo: a letter missed, added, changed or two swapped. */
function oneTypoApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Fields the schema does not have: the site would drop them in silence (a misspelt «subject:» loses the subjects).
 * Each names the field it was probably meant to be.
 */
function unknownFields(schema: z.ZodObject, file: string, data: unknown): { problems: ContentProblem[]; meant: Set<string> } {
  const meant = new Set<string>();
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { problems: [], meant };
  const known = Object.keys(schema.shape);
  const problems = Object.keys(data).filter((key) => !known.includes(key)).map((key) => {
    const near = known.find((k) => oneTypoApart(k, key.toLowerCase()) || k === key.toLowerCase());
    if (near) meant.add(near);
    return {
      file, field: `«${key}»`, value: (data as Record<string, unknown>)[key],
      expected: near
        ? `такого поля нет, и на сайт оно не попадёт; видимо, имелось в виду «${near}» (${fieldLabel(schema, [near])})`
        : `такого поля нет, и на сайт оно не попадёт; поля этого раздела: ${known.join(', ')}`,
    };
  });
  return { problems, meant };
}

/**
 * The entry's data as the schema parses it, or its problems. `file`: the data is a file's, so fields the schema does
 * not have are named too (a CMS draft also carries its Markdown body as «body», and Decap writes no other).
 */
function checkSchema(schema: z.ZodObject, file: string, data: unknown, { fromFile = false } = {}): { data?: Record<string, any>; problems: ContentProblem[] } {
  const result = schema.safeParse(data, { error: (issue) => russianIssue(issue as Parameters<typeof russianIssue>[0]) });
  const unknown = fromFile ? unknownFields(schema, file, data) : { problems: [], meant: new Set<string>() };
  if (result.success) return unknown.problems.length ? { problems: unknown.problems } : { data: result.data as Record<string, any>, problems: [] };
  const problems = result.error.issues.filter((issue) => !(issue.path.length === 1 && unknown.meant.has(String(issue.path[0])))).map((issue) => {
    const value = valueAt(data, issue.path);
    const missing = value === undefined && issue.code === 'invalid_type';
    return {
      file,
      field: issue.path.length ? fieldLabel(schema, issue.path) : '(весь файл)',
      value,
      expected: missing
        ? (issue.path.length === 1 && swallowedBy(schema, data, issue.path[0])) || 'обязательное поле, заполните его'
        : numberHint(value, issue.message),
      swallowed: missing && issue.path.length === 1 && swallowedBy(schema, data, issue.path[0]) !== undefined,
    };
  });
  // After an unclosed quote the rest of the file reads as nonsense fields («Рекомендации учителю: …»): the quote is the one problem.
  const swallowed = problems.some((p) => p.swallowed);
  return { problems: [...(swallowed ? [] : unknown.problems), ...problems.map(({ swallowed: _, ...p }) => p)] };
}

interface Parsed { def: CollectionDef; entry: RawEntry; data: Record<string, any> }

/**
 * Problems one entry has on its own: the schema, then the checks the build makes within the entry — a programme's
 * roadmap codes, an indicator's values against its unit and, given its programme's data, its years against the
 * programme's period. The CMS refuses to save an entry with any of them (src/lib/cms-draft.ts).
 */
export function ownProblems(schema: z.ZodObject, file: string, data: unknown, programme?: unknown): ContentProblem[] {
  const checked = checkSchema(schema, file, data);
  const def = collections.find((c) => c.schema === schema);
  if (!checked.data || !def) return checked.problems;
  const parsed = (d: CollectionDef, raw: unknown, parsedData: Record<string, any>): Parsed => ({ def: d, entry: { collection: d.name, file, data: raw as Record<string, unknown> }, data: parsedData });
  if (def.name === 'programmes') return programmeCodeProblems(parsed(def, data, checked.data));
  if (def.name === 'indicators') {
    // With its programme (when the CMS has it loaded): years within the programme's period, a task code it has.
    const p = programme === undefined ? undefined : checkSchema(collectionDef('programmes').schema, file, programme).data;
    return indicatorProblems(parsed(def, data, checked.data), p && parsed(collectionDef('programmes'), programme, p));
  }
  return [];
}

function list<T>(values: T[], max = 12): string {
  return values.length > max ? `${values.slice(0, max).join(', ')} и ещё ${values.length - max}` : values.join(', ');
}

export interface ValidationOptions {
  /** Whether a site path such as /uploads/materials/x.pdf exists under public/. */
  fileExists: (sitePath: string) => boolean;
  /** Size in bytes of a file under public/, when known: attachments over MAX_UPLOAD_BYTES are refused. */
  fileSize?: (sitePath: string) => number | undefined;
  /**
   * Files that could not be read at all (already reported with their own message). Their names still count as the
   * addresses they stand for, so a broken term file is reported once, not once more by every entry that refers to it.
   */
  unreadable?: string[];
}

/** Validates every entry: schema, file name, unique slugs, relations, programme codes, indicator years and attachments. */
export function validateContent(entries: RawEntry[], settings: { file: string; data: unknown } | undefined, opts: ValidationOptions): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const unreadable = opts.unreadable ?? [];
  if (settings) problems.push(...schemaProblems(settingsSchema, settings.file, settings.data));
  else if (!unreadable.some((f) => f.endsWith(`/${SETTINGS_FILE}`) || f === SETTINGS_FILE)) {
    problems.push({ file: `content/${SETTINGS_FILE}`, field: '(файл)', value: undefined, expected: 'файл настроек сайта обязателен' });
  }

  const parsed: Parsed[] = [];
  const slugs = new Map<string, Map<string, string>>();
  for (const c of collections) slugs.set(c.name, new Map());
  for (const file of unreadable) {
    const [, folder, stem] = /([^/]+)\/([^/.]+)\.[^/]*$/.exec(file) ?? [];
    if (folder && slugs.has(folder) && LATIN_SLUG.test(stem)) slugs.get(folder)!.set(stem, file);
  }

  const stemOf = (file: string) => file.split('/').pop()!.replace(/\.(md|ya?ml)$/, '');
  // A file named by its address owns it: a copy that kept the address is the one told to change.
  for (const entry of entries) {
    if (typeof entry.data.slug === 'string' && entry.data.slug === stemOf(entry.file)) slugs.get(entry.collection)?.set(entry.data.slug, entry.file);
  }
  for (const entry of entries) {
    const def = collectionDef(entry.collection);
    const checked = checkSchema(def.schema, entry.file, entry.data, { fromFile: true });
    problems.push(...checked.problems);
    const slug = entry.data.slug;
    const fileName = entry.file.split('/').pop()!;
    const fileStem = stemOf(entry.file);
    const problem = (expected: string) => problems.push({ file: entry.file, field: fieldLabel(def.schema, ['slug']), value: slug, expected });
    const seen = slugs.get(def.name)!;
    const owner = typeof slug === 'string' ? seen.get(slug) : undefined;
    const taken = owner === entry.file ? undefined : owner;
    if (taken) {
      // Usually a copied file: the copy gets its own address, the one its file name already gives.
      problem(`такой адрес уже занят файлом ${taken}${LATIN_SLUG.test(fileStem) && !seen.has(fileStem) ? `; у этой записи адрес должен совпадать с именем файла: «${fileStem}»` : ''}`);
    } else if (typeof slug === 'string') {
      seen.set(slug, entry.file);
      if (LATIN_SLUG.test(slug) && slug !== fileStem) {
        const rename = `«${slug}${fileName.slice(fileStem.length)}»`;
        problem(LATIN_SLUG.test(fileStem)
          ? `адрес должен совпадать с именем файла «${fileStem}»: исправьте адрес на «${fileStem}» или переименуйте файл в ${rename}`
          : `имя файла «${fileName}» должно совпадать с адресом — только строчные латинские буквы, цифры и дефисы: переименуйте файл в ${rename}`);
      }
    }
    if (def.bodyRequired && entry.body !== undefined && !entry.body.trim()) {
      problems.push({ file: entry.file, field: '«Текст»', value: undefined, expected: `у записи раздела «${def.label}» текст обязателен: напишите его после второй строки «---»` });
    }
    if (checked.data) parsed.push({ def, entry, data: checked.data });
  }

  for (const { def, entry, data } of parsed) {
    for (const rel of relationPaths(def.schema)) {
      const known = slugs.get(rel.collection);
      if (!known) continue;
      const target = collectionDef(rel.collection);
      for (const [path, value] of valuesAlong(data, rel.path)) {
        if (typeof value === 'string' && !known.has(value)) {
          problems.push({
            file: entry.file, field: fieldLabel(def.schema, path), value,
            expected: `такой записи нет в разделе «${target.label}» (content/${target.name}/); допустимые значения: ${list([...known.keys()].sort())}`,
          });
        }
      }
    }
    if (def.name === 'materials') {
      (data.files as { path: string }[]).forEach((f, i) => {
        const problem = (expected: string) => problems.push({ file: entry.file, field: fieldLabel(def.schema, ['files', i, 'path']), value: f.path, expected });
        if (!isAllowedUpload(f.path)) problem(`недопустимый формат файла: ${UPLOAD_RULE_TEXT}`);
        if (!opts.fileExists(f.path)) problem(`файл не найден: ожидался файл public${f.path}`);
        else if ((opts.fileSize?.(f.path) ?? 0) > MAX_UPLOAD_BYTES) problem(`файл больше допустимого: ${UPLOAD_RULE_TEXT}`);
      });
    }
  }

  const programmes = new Map(parsed.filter((p) => p.def.name === 'programmes').map((p) => [p.data.slug as string, p]));
  for (const p of programmes.values()) problems.push(...programmeCodeProblems(p));
  for (const p of parsed.filter((x) => x.def.name === 'indicators')) {
    problems.push(...indicatorProblems(p, programmes.get(p.data.programme)));
  }
  return problems;
}

function programmeCodeProblems({ def, entry, data }: Parsed): ContentProblem[] {
  const out: ContentProblem[] = [];
  const codes = { task: 'tasks', project: 'projects', direction: 'directions' } as const;
  for (const [field, listName] of Object.entries(codes)) {
    const ids = (data[listName] as { id: string }[]).map((x) => x.id);
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) out.push({ file: entry.file, field: fieldLabel(def.schema, [listName, i, 'id']), value: id, expected: 'код повторяется, он должен быть уникальным' });
      seen.add(id);
    });
    (data.roadmap as Record<string, string | undefined>[]).forEach((row, i) => {
      const v = row[field];
      if (v !== undefined && !seen.has(v)) {
        out.push({ file: entry.file, field: fieldLabel(def.schema, ['roadmap', i, field]), value: v, expected: ids.length ? `такого кода нет в списке ${fieldLabel(def.schema, [listName])}; допустимые коды: ${ids.join(', ')}` : `в программе не заполнен список ${fieldLabel(def.schema, [listName])}` });
      }
    });
  }
  return out;
}

function indicatorProblems({ def, entry, data }: Parsed, programme: Parsed | undefined): ContentProblem[] {
  const out: ContentProblem[] = [];
  const isBoolean = data.unit === 'boolean';
  const checkValue = (path: (string | number)[], value: unknown) => {
    const ok = isBoolean ? typeof value === 'boolean' || value === 0 || value === 1 : typeof value === 'number' && Number.isFinite(value);
    if (!ok) out.push({ file: entry.file, field: fieldLabel(def.schema, path), value, expected: isBoolean ? 'для показателя «да/нет» ожидалось true/false или 1/0' : 'ожидалось число, потому что единица измерения показателя числовая' });
  };
  if (data.baseline) checkValue(['baseline', 'value'], data.baseline.value);
  (['targets', 'actuals'] as const).forEach((listName) => (data[listName] as { value: unknown }[]).forEach((row, i) => checkValue([listName, i, 'value'], row.value)));
  if (data.final_target) checkValue(['final_target', 'value'], data.final_target.value);

  if (!programme) return out;
  const { start, end } = programme.data.period as { start: number; end: number };
  const within = (path: (string | number)[], y: number | undefined) => {
    if (y !== undefined && (y < start || y > end)) out.push({ file: entry.file, field: fieldLabel(def.schema, path), value: y, expected: `год вне периода программы «${programme.data.short_title}»: ожидался год с ${start} по ${end}` });
  };
  (['targets', 'actuals'] as const).forEach((listName) => (data[listName] as { year: number }[]).forEach((row, i) => within([listName, i, 'year'], row.year)));
  within(['final_target', 'year'], data.final_target?.year);
  if (data.baseline && data.baseline.year > end) within(['baseline', 'year'], data.baseline.year);
  if (data.task && !(programme.data.tasks as { id: string }[]).some((t) => t.id === data.task)) {
    out.push({ file: entry.file, field: fieldLabel(def.schema, ['task']), value: data.task, expected: `в программе «${programme.data.short_title}» нет задачи с таким кодом` });
  }
  return out;
}
