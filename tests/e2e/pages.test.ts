import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/integrations/content-files.ts';
import { collectionDef, collections } from '../../src/schema/collections.ts';
import { entryUrl } from '../../src/lib/urls.ts';
import { formatDateRange } from '../../src/lib/format.ts';

const escapeHtml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const htmlAt = (url: string) => {
  const file = path.join('dist', url, 'index.html');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
};

describe('built site', () => {
  const { entries } = readContent(process.cwd());

  it('has a page for every content entry, showing its title', () => {
    const missing: string[] = [];
    for (const e of entries) {
      const def = collectionDef(e.collection);
      const url = entryUrl(e.collection, e.data.slug as string);
      const html = htmlAt(url);
      const title = String(e.data[def.titleField]);
      if (!html) missing.push(`${e.file} → ${url}: нет страницы`);
      else if (!html.includes(escapeHtml(title)) && !html.includes(title)) missing.push(`${e.file} → ${url}: на странице нет названия «${title}»`);
    }
    expect(missing).toEqual([]);
    expect(entries.length).toBeGreaterThan(100);
  });

  it('events of several days show one compact span («27–28 января 2027 г.») on the list and on their page', () => {
    const spans = entries.filter((e) => e.collection === 'events' && e.data.end);
    expect(spans.length).toBeGreaterThan(0);
    const list = htmlAt('/events/')!;
    for (const e of spans) {
      const text = formatDateRange(new Date(e.data.start as string), new Date(e.data.end as string));
      expect(list, e.file).toContain(text);
      expect(htmlAt(entryUrl('events', e.data.slug as string)), e.file).toContain(text);
    }
    // A span within one month names the month and the year once.
    expect(list).toMatch(/\d{1,2}–\d{1,2} [а-я]+ \d{4}\u00a0г\./);
  });

  it('the mentor bank says how to reach a mentor: through the service, with its phone and e-mail', () => {
    const mentors = entries.filter((e) => e.collection === 'mentors');
    expect(mentors.length).toBeGreaterThan(0);
    for (const url of ['/mentors/', ...mentors.map((e) => entryUrl('mentors', e.data.slug as string))]) {
      const html = htmlAt(url)!;
      expect(html, url).toMatch(/data-mentor-contact[^>]*>[^<]*Чтобы договориться о встрече с наставником, обратитесь в/);
      expect(html, url).toMatch(/href="tel:\+?\d+"/);
      expect(html, url).toMatch(/href="mailto:[^"]+@[^"]+"/);
    }
  });

  it('has a list page for every collection', () => {
    for (const c of collections) expect(htmlAt(c.route), c.route).toBeDefined();
  });
});
