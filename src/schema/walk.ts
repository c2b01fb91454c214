/** Reads the content model back: field kinds, labels and relations, for the CMS config, the README table and error messages. */
import { z } from 'astro/zod';
import type { FieldMeta } from './fields.ts';

export type FieldKind = 'string' | 'number' | 'boolean' | 'date' | 'enum' | 'object' | 'list' | 'union' | 'unknown';

export interface FieldInfo {
  name: string;
  kind: FieldKind;
  required: boolean;
  meta: FieldMeta;
  /** For enums: the allowed values. */
  values?: string[];
  /** For objects: their fields; for lists of objects: the item's fields. */
  fields?: FieldInfo[];
  /** For lists: the item. */
  item?: FieldInfo;
  /** For strings: a required pattern. */
  pattern?: RegExp;
  /** For strings with a pattern: the schema's message when it does not match. */
  patternMessage?: string;
  /** For numbers: whole numbers only, and inclusive bounds. */
  integer?: boolean;
  min?: number;
  max?: number;
  defaultValue?: unknown;
}

type CheckDef = { check: string; format?: string; pattern?: RegExp; value?: number; error?: (issue: unknown) => unknown };
type AnyDef = { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType; entries?: Record<string, string>; options?: z.ZodType[]; defaultValue?: unknown; checks?: { _zod: { def: CheckDef } }[]; in?: z.ZodType; out?: z.ZodType };

function defOf(schema: z.ZodType): AnyDef {
  return (schema as unknown as { _zod: { def: AnyDef } })._zod.def;
}

function metaOf(schema: z.ZodType): Partial<FieldMeta> {
  return (z.globalRegistry.get(schema) as Partial<FieldMeta> | undefined) ?? {};
}

/** Describes one schema node, unwrapping optional and default and merging metadata from every layer. */
export function describeField(name: string, schema: z.ZodType): FieldInfo {
  let node = schema;
  let required = true;
  let defaultValue: unknown;
  let meta: Partial<FieldMeta> = {};
  for (;;) {
    meta = { ...metaOf(node), ...meta };
    const def = defOf(node);
    if (def.type === 'optional' || def.type === 'nullable') { required = false; node = def.innerType!; continue; }
    if (def.type === 'default') {
      required = false;
      defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
      node = def.innerType!;
      continue;
    }
    // A pipe is described by what it reads; a preprocessing step (z.preprocess) by what it hands on.
    if (def.type === 'pipe' && def.in) { node = defOf(def.in).type === 'transform' ? def.out! : def.in; continue; }
    break;
  }
  const def = defOf(node);
  const fullMeta: FieldMeta = { title: name, ...meta } as FieldMeta;
  const info: FieldInfo = { name, kind: 'unknown', required, meta: fullMeta, defaultValue };
  switch (def.type) {
    case 'string': {
      info.kind = 'string';
      const regex = def.checks?.find((c) => c._zod.def.format === 'regex');
      if (regex) {
        info.pattern = regex._zod.def.pattern;
        const message = regex._zod.def.error?.({});
        if (typeof message === 'string') info.patternMessage = message;
      }
      break;
    }
    case 'number': {
      info.kind = 'number';
      for (const { _zod: { def: c } } of def.checks ?? []) {
        if (c.check === 'number_format' && /int/.test(c.format ?? '')) info.integer = true;
        if (c.check === 'greater_than') info.min = c.value;
        if (c.check === 'less_than') info.max = c.value;
      }
      break;
    }
    case 'boolean': info.kind = 'boolean'; break;
    case 'date': info.kind = 'date'; break;
    case 'enum': info.kind = 'enum'; info.values = Object.values(def.entries ?? {}); break;
    case 'union': info.kind = 'union'; break;
    case 'object': info.kind = 'object'; info.fields = describeFields(node as z.ZodObject); break;
    case 'array': {
      info.kind = 'list';
      info.item = describeField(name, def.element!);
      if (info.item.kind === 'object') info.fields = info.item.fields;
      break;
    }
  }
  return info;
}

export function describeFields(schema: z.ZodObject): FieldInfo[] {
  return Object.entries(schema.shape).map(([name, field]) => describeField(name, field as z.ZodType));
}

/** A relation declared in the schema, with the path to it in an entry. */
export interface RelationPath {
  /** Path segments; '*' stands for every item of a list. */
  path: string[];
  collection: string;
  labels: string[];
}

const relationsOf = new WeakMap<z.ZodObject, RelationPath[]>();

/** The schema's relations (computed once per schema: the content check asks for every entry). */
export function relationPaths(schema: z.ZodObject): RelationPath[] {
  const known = relationsOf.get(schema);
  if (known) return known;
  const out: RelationPath[] = [];
  const visit = (fields: FieldInfo[], path: string[], labels: string[]) => {
    for (const f of fields) {
      const p = [...path, f.name];
      const l = [...labels, f.meta.title];
      if (f.meta.widget === 'relation' && f.meta.collection) {
        out.push({ path: f.kind === 'list' ? [...p, '*'] : p, collection: f.meta.collection, labels: l });
      } else if (f.kind === 'object' && f.fields) visit(f.fields, p, l);
      else if (f.kind === 'list' && f.fields) visit(f.fields, [...p, '*'], l);
    }
  };
  visit(describeFields(schema), [], []);
  relationsOf.set(schema, out);
  return out;
}

/** Expands a relation path over lists: yields each concrete path and its value. */
export function* valuesAlong(data: unknown, path: string[], at: (string | number)[] = []): Generator<[(string | number)[], unknown]> {
  if (path.length === 0) { yield [at, data]; return; }
  const [head, ...rest] = path;
  if (head === '*') {
    if (Array.isArray(data)) for (let i = 0; i < data.length; i++) yield* valuesAlong(data[i], rest, [...at, i]);
    return;
  }
  if (data && typeof data === 'object' && head in data) yield* valuesAlong((data as Record<string, unknown>)[head], rest, [...at, head]);
}

/** Russian label of a field path such as ['actuals', 2, 'value'] → «Фактические значения › 3-я строка › Значение». */
export function fieldLabel(schema: z.ZodObject, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let fields: FieldInfo[] | undefined = describeFields(schema);
  let current: FieldInfo | undefined;
  for (const key of path) {
    if (typeof key === 'number') { parts.push(`строка ${key + 1}`); fields = current?.fields; continue; }
    current = fields?.find((f) => f.name === key);
    parts.push(current ? `«${current.meta.title}»` : `«${String(key)}»`);
    fields = current?.fields;
  }
  return parts.join(' › ');
}
