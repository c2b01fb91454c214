/** Decap's own config validation: decap-cms-core's validateConfig, run in Node with the widget schemas the CMS registers in the browser. */
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const core = (file: string) => fs.readFileSync(require.resolve(`decap-cms-core/dist/esm/${file}`), 'utf8');

// configSchema.js imports the whole CMS only for a few constants and the widget registry; we give it exactly those,
// read from the same decap-cms-core files, and keep its validation code untouched.
const formats = core('formats/formats.js');
const frontmatterFormats = JSON.parse(/export const frontmatterFormats = (\[[^\]]*\])/.exec(formats)![1].replace(/'/g, '"')) as string[];
const extensionFormatters = Object.fromEntries([...(/export const extensionFormatters = \{([^}]*)\}/.exec(formats)![1].matchAll(/(\w+):/g))].map((m) => [m[1], true]));
const i18n = core('lib/i18n.js');
const enumOf = (name: string) => Object.fromEntries([...i18n.matchAll(new RegExp(`${name}\\["(\\w+)"\\] = "(\\w+)"`, 'g'))].map((m) => [m[1], m[2]]));

const widgetNames = ['relation', 'select', 'list', 'object', 'file', 'datetime', 'markdown', 'number', 'image'];
// «slug» is the project's own widget (admin/slug-widget.ts), registered without a schema of its own.
const widgetSchemas: Record<string, unknown> = { string: {}, text: {}, boolean: {}, hidden: {}, slug: {} };
for (const w of widgetNames) {
  const source = fs.readFileSync(require.resolve(`decap-cms-widget-${w}/dist/esm/schema.js`), 'utf8');
  widgetSchemas[w] = new Function(`return ${source.replace(/^export default/m, '').trim().replace(/;$/, '')}`)();
}
const getWidgets = () => Object.entries(widgetSchemas).map(([name, schema]) => ({ name, schema }));

const schemaSource = core('constants/configSchema.js')
  .replace(/^import .*$/gm, '')
  .replace(/^export function/gm, 'function');
const keywords = require('ajv-keywords/dist/keywords');
const ajvModule = require('ajv');
const factory = new Function(
  'AJV', 'select', 'uniqueItemProperties', 'instanceOf', 'prohibited', 'ajvErrors', 'frontmatterFormats', 'extensionFormatters', 'getWidgets', 'I18N_STRUCTURE', 'I18N_FIELD',
  `${schemaSource}\nreturn validateConfig;`,
);
const validateConfig = factory(
  ajvModule.default ?? ajvModule, keywords.select, keywords.uniqueItemProperties, keywords.instanceof, keywords.prohibited,
  (m => m.default ?? m)(require('ajv-errors')), frontmatterFormats, extensionFormatters, getWidgets, enumOf('I18N_STRUCTURE'), enumOf('I18N_FIELD'),
) as (config: unknown) => void;

/** Throws Decap's ConfigError (every problem listed) when Decap would refuse the config. */
export function decapValidate(config: unknown): void {
  const original = console.error;
  console.error = () => {};
  try { validateConfig(config); } finally { console.error = original; }
}
