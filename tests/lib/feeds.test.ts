import { describe, expect, it } from 'vitest';
import { escapeXml, renderRobots, renderRss, renderSitemap } from '../../src/lib/feeds.ts';

const site = 'https://metod.example.ru';

describe('feeds and site files', () => {
  it('RSS lists items newest first with absolute links, escaping hostile titles', () => {
    const xml = renderRss({ title: 'Служба', description: 'Новое', site, path: '/rss.xml' }, [
      { title: 'Старый', path: '/materials/old/', date: new Date('2023-01-01') },
      { title: '<script>alert(1)</script> & «Новый»', path: '/events/new/', date: new Date('2024-05-01'), summary: 'a"b' },
    ]);
    expect(xml.indexOf('/events/new/')).toBeLessThan(xml.indexOf('/materials/old/'));
    expect(xml).toContain('<link>https://metod.example.ru/events/new/</link>');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; «Новый»');
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('<description>a&quot;b</description>');
  });

  it('sitemap has every page once, absolute, without the 404 page and the CMS', () => {
    const xml = renderSitemap(site, ['/', '/materials/', '/materials/', '/404/', '/admin/', 'events/']);
    expect(xml.match(/<loc>/g)).toHaveLength(3);
    expect(xml).toContain('<loc>https://metod.example.ru/events/</loc>');
    expect(xml).not.toContain('404');
    expect(xml).not.toContain('admin');
  });

  it('robots.txt points to the sitemap at the configured address', () => {
    expect(renderRobots(site)).toContain('Sitemap: https://metod.example.ru/sitemap.xml');
    expect(escapeXml(`'`)).toBe('&apos;');
  });
});
