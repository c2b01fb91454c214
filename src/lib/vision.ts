/** Version for the visually impaired: its settings, and the tiny head script that applies saved choices before first paint. */

export const VISION_STORAGE_KEY = 'vision';

export interface VisionOption { value: string; label: string }
export interface VisionSetting { name: string; legend: string; options: VisionOption[] }

/** Each setting becomes a data-vision-<name> attribute on <html>; the first option is the default. */
export const VISION_SETTINGS: VisionSetting[] = [
  { name: 'size', legend: 'Размер шрифта', options: [
    { value: 'normal', label: 'Обычный' }, { value: 'large', label: 'Крупный' }, { value: 'xlarge', label: 'Очень крупный' },
  ] },
  { name: 'scheme', legend: 'Цветовая схема', options: [
    { value: 'default', label: 'Обычная' }, { value: 'black-on-white', label: 'Чёрным по белому' },
    { value: 'white-on-black', label: 'Белым по чёрному' }, { value: 'blue', label: 'Тёмно-синим по голубому' },
  ] },
  { name: 'images', legend: 'Изображения', options: [
    { value: 'shown', label: 'Показывать' }, { value: 'hidden', label: 'Скрыть' },
  ] },
  { name: 'spacing', legend: 'Межбуквенный интервал', options: [
    { value: 'normal', label: 'Обычный' }, { value: 'wide', label: 'Увеличенный' },
  ] },
];

/** Keeps only known settings with known values, so a tampered localStorage cannot set arbitrary attributes. */
export function sanitizeVisionChoices(raw: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!raw || typeof raw !== 'object') return result;
  for (const setting of VISION_SETTINGS) {
    const value = (raw as Record<string, unknown>)[setting.name];
    if (typeof value === 'string' && setting.options.some((o) => o.value === value)) result[setting.name] = value;
  }
  return result;
}

/**
 * Inline script for <head>: marks that JavaScript runs and applies saved choices before the first paint.
 * Kept as one string so the page and its Content-Security-Policy hash are computed from the same source.
 */
export const VISION_BOOT_SCRIPT =
  `(function(){var d=document.documentElement;d.classList.add('js');try{var s=JSON.parse(localStorage.getItem('${VISION_STORAGE_KEY}')||'{}');` +
  `var a=${JSON.stringify(Object.fromEntries(VISION_SETTINGS.map((s) => [s.name, s.options.map((o) => o.value)])))};` +
  `for(var k in a)if(a[k].indexOf(s[k])>0)d.setAttribute('data-vision-'+k,s[k])}catch(e){}})();`;
