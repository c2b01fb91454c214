/** Splits a Markdown file into its YAML frontmatter and body, and parses YAML files (js-yaml, YAML 1.2 core schema: dates stay strings). */
import { load, CORE_SCHEMA } from 'js-yaml';

export function parseYaml(source: string): Record<string, unknown> {
  const data = load(source, { schema: CORE_SCHEMA }) ?? {};
  return typeof data === 'object' ? data as Record<string, unknown> : {};
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export function splitFrontmatter(source: string): { data: Record<string, unknown>; body: string } {
  const match = FRONTMATTER.exec(source);
  if (!match) return { data: {}, body: source };
  return { data: parseYaml(match[1]), body: match[2] };
}

/** The body of a Markdown file, without parsing its frontmatter. */
export function bodyOfSource(source: string): string {
  return FRONTMATTER.exec(source)?.[2] ?? source;
}
