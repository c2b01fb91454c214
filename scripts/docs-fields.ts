/** Regenerates the collections and fields table in README.md from the schema. Usage: npm run docs:fields */
import fs from 'node:fs';
import { withFieldTable } from '../src/schema/field-table.ts';

const readme = fs.readFileSync('README.md', 'utf8');
const next = withFieldTable(readme);
fs.writeFileSync('README.md', next);
console.log(next === readme ? 'README.md: таблица полей уже актуальна.' : 'README.md: таблица полей обновлена.');
