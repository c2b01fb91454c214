/** Decap's Russian locale completed with our additions (admin/locale-ru-additions.ts). */
import { ru } from 'decap-cms-locales';
import { RU_ADDITIONS, type Strings } from './locale-ru-additions.ts';

function merge(base: Strings, extra: Strings): Strings {
  const out: Strings = { ...base };
  for (const [k, v] of Object.entries(extra)) {
    out[k] = typeof v === 'object' && typeof base[k] === 'object' ? merge(base[k] as Strings, v) : v;
  }
  return out;
}

/** Decap's Russian locale completed with RU_ADDITIONS. */
export const ruLocale = merge(ru as Strings, RU_ADDITIONS);
