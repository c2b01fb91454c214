/** Splits a Markdown file into its YAML frontmatter and body, and parses YAML files (js-yaml, YAML 1.2 core schema: dates stay strings). */
import { load, CORE_SCHEMA, YAMLException } from 'js-yaml';

/** A file that cannot be read as content: `message` is Russian and names the line when it is known (1-based, in the file). */
export class ContentSyntaxError extends Error {
  readonly line?: number;
  constructor(message: string, line?: number) {
    super(line ? `строка ${line}: ${message}` : message);
    this.name = 'ContentSyntaxError';
    this.line = line;
  }
}

/** What js-yaml's most frequent complaints mean, in the words of someone who edits the file by hand. */
const YAML_REASONS: [RegExp, string][] = [
  [/tab characters must not be used/, 'отступ сделан символом табуляции — замените его пробелами'],
  [/within a (double|single) quoted scalar/, 'не закрыта кавычка: текст, начатый с кавычки, должен ею и заканчиваться'],
  [/within a flow collection|missed comma between flow collection/, 'список в квадратных скобках не закрыт «]» или в нём пропущена запятая'],
  [/duplicated mapping key/, 'поле записано дважды — оставьте одно'],
  [/multiline key may not be an implicit key|bad indentation|end of the stream or a document separator is expected|incomplete explicit mapping pair|can not read a block mapping entry/,
    'неверная разметка: проверьте отступы, двоеточие после названия поля и закрыты ли кавычки в этой строке и выше'],
];

function yamlError(error: unknown, source: string, lineOffset: number): Error {
  if (!(error instanceof YAMLException)) return error as Error;
  const reason = YAML_REASONS.find(([re]) => re.test(error.reason))?.[1] ?? `ошибка разметки YAML (${error.reason})`;
  const mark = error.mark as { line?: number } | undefined;
  if (mark?.line === undefined) return new ContentSyntaxError(reason);
  const lines = source.split(/\r?\n/);
  let line = mark.line;
  // An unclosed quote is noticed where the file ends or the next quote stands; the quote that was left open is the first
  // line with an odd number of them.
  const quote = /within a double quoted/.test(error.reason) ? '"' : /within a single quoted/.test(error.reason) ? "'" : undefined;
  if (quote) {
    const open = lines.findIndex((l, i) => i <= mark.line! && l.split(quote).length % 2 === 0);
    if (open >= 0) line = open;
  }
  // Likewise a bracket left open: the nearest line above with more «[» than «]».
  if (/within a flow collection|missed comma between flow collection/.test(error.reason)) {
    const count = (l: string, c: string) => l.split(c).length - 1;
    for (let i = mark.line; i >= 0; i--) if (count(lines[i] ?? '', '[') > count(lines[i] ?? '', ']') || count(lines[i] ?? '', '{') > count(lines[i] ?? '', '}')) { line = i; break; }
  }
  const text = lines[line]?.replace(/\t/g, '→').trim();
  return new ContentSyntaxError(text ? `${reason}; в строке: «${text.length > 60 ? `${text.slice(0, 57)}…` : text}»` : reason, line + 1 + lineOffset);
}

/** A UTF-8 byte order mark, which Windows Notepad writes at the start of a file. */
const stripBom = (source: string) => (source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);

function parseYamlAt(source: string, lineOffset: number): Record<string, unknown> {
  let data: unknown;
  try {
    data = load(source, { schema: CORE_SCHEMA }) ?? {};
  } catch (error) {
    throw yamlError(error, source, lineOffset);
  }
  if (typeof data !== 'object' || Array.isArray(data)) throw new ContentSyntaxError('ожидались поля вида «название: значение», каждое с новой строки');
  return data as Record<string, unknown>;
}

export function parseYaml(source: string): Record<string, unknown> {
  return parseYamlAt(stripBom(source), 0);
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

export function splitFrontmatter(source: string): { data: Record<string, unknown>; body: string } {
  const text = stripBom(source);
  const match = FRONTMATTER.exec(text) ?? /^---\r?\n()---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (!match) {
    if (!text.trim()) throw new ContentSyntaxError('файл пуст: в начале нужен блок полей между строками «---»');
    if (/^---[ \t]*\r?\n/.test(text)) throw new ContentSyntaxError('блок полей не закрыт: после последнего поля нужна строка «---», за ней — текст', 1);
    throw new ContentSyntaxError('файл должен начинаться со строки «---», за ней — поля, ещё одна строка «---» и текст', 1);
  }
  // The frontmatter's first line is the file's second.
  return { data: parseYamlAt(match[1], 1), body: match[2] };
}

/** The body of a Markdown file, without parsing its frontmatter. */
export function bodyOfSource(source: string): string {
  const text = stripBom(source);
  return FRONTMATTER.exec(text)?.[2] ?? text;
}
