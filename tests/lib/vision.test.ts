import { describe, expect, it } from 'vitest';
import { VISION_BOOT_SCRIPT, VISION_SETTINGS, sanitizeVisionChoices } from '../../src/lib/vision.ts';

/** Runs the head script against a fake <html> and storage, as the browser would before first paint. */
function boot(stored: string | null) {
  const attrs: Record<string, string> = {};
  const classes: string[] = [];
  const document = { documentElement: { setAttribute: (k: string, v: string) => { attrs[k] = v; }, classList: { add: (c: string) => classes.push(c) } } };
  const localStorage = { getItem: () => stored };
  new Function('document', 'localStorage', VISION_BOOT_SCRIPT)(document, localStorage);
  return { attrs, classes };
}

describe('version for the visually impaired', () => {
  it('offers three font sizes, the three required colour schemes, images and letter spacing', () => {
    const byName = Object.fromEntries(VISION_SETTINGS.map((s) => [s.name, s.options.map((o) => o.label)]));
    expect(byName.size).toHaveLength(3);
    expect(byName.scheme).toEqual(['Обычная', 'Чёрным по белому', 'Белым по чёрному', 'Тёмно-синим по голубому']);
    expect(byName.images).toEqual(['Показывать', 'Скрыть']);
    expect(byName.spacing).toEqual(['Обычный', 'Увеличенный']);
  });

  it('the head script applies saved choices as data attributes and marks that JavaScript runs', () => {
    const { attrs, classes } = boot(JSON.stringify({ size: 'xlarge', scheme: 'white-on-black', images: 'hidden', spacing: 'wide' }));
    expect(attrs).toEqual({ 'data-vision-size': 'xlarge', 'data-vision-scheme': 'white-on-black', 'data-vision-images': 'hidden', 'data-vision-spacing': 'wide' });
    expect(classes).toEqual(['js']);
  });

  it('the head script ignores defaults, unknown values and broken storage', () => {
    expect(boot(JSON.stringify({ size: 'normal', scheme: '"><script>', evil: 'x' })).attrs).toEqual({});
    expect(boot('{not json').attrs).toEqual({});
    expect(boot(null).attrs).toEqual({});
  });

  it('sanitizeVisionChoices keeps only known settings and values', () => {
    expect(sanitizeVisionChoices({ size: 'large', scheme: 'pink', onload: 'x' })).toEqual({ size: 'large' });
    expect(sanitizeVisionChoices('x')).toEqual({});
  });
});
