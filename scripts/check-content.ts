/** Validates content/ (or CONTENT_DIR, as the build does) and prints every problem; exit code 1 when there is any. Usage: npm run check:content [-- <folder>] */
import { checkContentAt, contentReport } from '../src/integrations/content-check.ts';

const messages = checkContentAt(process.cwd(), process.argv[2] ?? process.env.CONTENT_DIR ?? 'content');
if (messages.length) {
  console.error(contentReport(messages));
  process.exit(1);
}
console.log('Содержимое в порядке.');
