/** Splits a Markdown file into its YAML frontmatter and body. */
import { parse } from 'yaml';

export function splitFrontmatter(source: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) return { data: {}, body: source };
  const data = parse(match[1]) ?? {};
  return { data: typeof data === 'object' ? data as Record<string, unknown> : {}, body: match[2] };
}

export function parseYaml(source: string): Record<string, unknown> {
  const data = parse(source) ?? {};
  return typeof data === 'object' ? data as Record<string, unknown> : {};
}
