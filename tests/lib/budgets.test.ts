import { describe, expect, it } from 'vitest';
import { budgetFor, gzipBytes, pageAssets, pagePath, weighPage } from '../../src/lib/budgets.ts';

const page = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('pageAssets', () => {
  it('finds scripts, module preloads, styles, preloaded data and data-onload-src, and ignores JSON blocks', () => {
    const html = page(
      '<script type="module" src="/_astro/a.js"></script><link rel="modulepreload" href="/_astro/b.js"><link rel="stylesheet" href="/_astro/s.css">'
      + '<link rel="preload" href="/materials/facets.json" as="fetch" crossorigin><link rel="preload" href="/f.woff2" as="font">',
      '<div data-onload-src="/materials/list.json"></div><script>console.log(1)</script><script type="application/json">{"a":1}</script>',
    );
    expect(pageAssets(html)).toEqual({
      scripts: ['/_astro/a.js', '/_astro/b.js'],
      inlineScripts: ['console.log(1)'],
      styles: ['/_astro/s.css'],
      data: ['/materials/facets.json', '/materials/list.json'],
    });
  });
});

describe('budgetFor', () => {
  it('gives the catalogue its on-load budget, indicator and programme pages the chart budget, every other page 15 KB of JS', () => {
    expect(budgetFor('/materials/').onLoad).toBe(100 * 1024);
    expect(budgetFor('/indicators/odintsovo-mms-1/').js).toBe(70 * 1024);
    expect(budgetFor('/programmes/odintsovo-mms/').js).toBe(70 * 1024);
    expect(budgetFor('/indicators/').js).toBe(15 * 1024);
    expect(budgetFor('/materials/some-material/').js).toBe(15 * 1024);
    expect(budgetFor('/materials/some-material/').onLoad).toBeUndefined();
  });
});

describe('pagePath', () => {
  it('turns a dist file into the URL a reader opens', () => {
    expect(pagePath('materials/index.html')).toBe('/materials/');
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('404.html')).toBe('/404.html');
  });
});

describe('weighPage', () => {
  const sizes: Record<string, number> = { '/_astro/small.js': 2_000, '/_astro/big.js': 20_000, '/_astro/s.css': 3_000, '/materials/facets.json': 98_000 };
  const fileGzip = (url: string) => sizes[url];

  it('passes a light page and sums what it loads', () => {
    const w = weighPage('/about/', page('<script src="/_astro/small.js"></script><link rel="stylesheet" href="/_astro/s.css">'), fileGzip);
    expect(w.over).toEqual([]);
    expect(w.js).toBe(2_000);
    expect(w.css).toBe(3_000);
    expect(w.onLoad).toBe(w.html + 5_000);
  });

  it('names the JS bytes when an ordinary page loads more than 15 KB of JavaScript', () => {
    const w = weighPage('/events/', page('<script src="/_astro/big.js"></script>'), fileGzip);
    expect(w.over).toEqual(['JS 20000 Б (19.5 КБ) > 15.0 КБ']);
  });

  it('lets an indicator page load its chart script', () => {
    expect(weighPage('/indicators/x/', page('<script src="/_astro/big.js"></script>'), fileGzip).over).toEqual([]);
  });

  it('counts the catalogue’s preloaded filter data in its on-load weight', () => {
    const w = weighPage('/materials/', page('<script src="/_astro/small.js"></script><link rel="stylesheet" href="/_astro/s.css"><link rel="preload" as="fetch" href="/materials/facets.json">'), fileGzip);
    expect(w.data).toBe(98_000);
    expect(w.over).toHaveLength(1);
    expect(w.over[0]).toMatch(/^при загрузке \d+ Б \(\d+\.\d КБ\) > 100\.0 КБ$/);
  });

  it('fails a page whose HTML is over 150 KB gzip and reports files missing from the build', () => {
    let noise = '';
    let seed = 1;
    for (let i = 0; i < 400_000; i++) { seed = (seed * 48271) % 2147483647; noise += String.fromCharCode(33 + (seed % 90)); }
    const w = weighPage('/materials/', page('<script src="/_astro/gone.js"></script>', noise), fileGzip);
    expect(w.html).toBe(gzipBytes(page('<script src="/_astro/gone.js"></script>', noise)));
    expect(w.over[0]).toMatch(/^HTML \d+ Б/);
    expect(w.missing).toEqual(['/_astro/gone.js']);
  });
});
