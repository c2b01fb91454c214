/** What a number typed in the CMS means: a Russian decimal comma («12,5») is a decimal point, and nothing typed is silently changed into another number. */

/** A number for the entry, '' for an empty field, or the text itself when it is not a number of the field's kind (the save check then names the field). */
export type DecimalValue = number | '' | string;

const NUMBER = /^-?(\d+([.,]\d*)?|[.,]\d+)$/;

/** The value of the typed text: «12,5» and «12.5» → 12.5, «1 250» → 1250, «12,» while typing → 12; «12,5» in a whole-number field stays text. */
export function parseDecimalInput(text: string, integer: boolean): DecimalValue {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^[−–]/, '-');
  if (!compact) return '';
  if (!NUMBER.test(compact)) return text;
  const value = Number(compact.replace(',', '.').replace(/\.$/, ''));
  if (!Number.isFinite(value) || (integer && !Number.isInteger(value))) return text;
  return value;
}

/** How a saved number is shown for editing: with the decimal comma («12,5»). */
export function formatDecimalInput(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value).replace('.', ',');
  return typeof value === 'string' ? value : '';
}
