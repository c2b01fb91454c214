/** Machine-readable site files: RSS of new materials and events, sitemap.xml and robots.txt, all from the one `site` setting. */

export interface FeedItem { title: string; path: string; date: Date; summary?: string; category?: string }
export interface FeedChannel { title: string; description: string; site: string; path: string }

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Absolute address of a site path, e.g. absoluteUrl('https://x.ru', '/materials/a/'). */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path, site).href;
}

/** RSS 2.0, newest first, at most `limit` items. */
export function renderRss(channel: FeedChannel, items: FeedItem[], limit = 50): string {
  const sorted = [...items].sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title, 'ru')).slice(0, limit);
  const item = (i: FeedItem) => {
    const link = escapeXml(absoluteUrl(channel.site, i.path));
    return [
      '    <item>',
      `      <title>${escapeXml(i.title)}</title>`,
      `      <link>${link}</link>`,
      `      <guid isPermaLink="true">${link}</guid>`,
      `      <pubDate>${i.date.toUTCString()}</pubDate>`,
      i.category ? `      <category>${escapeXml(i.category)}</category>` : '',
      i.summary ? `      <description>${escapeXml(i.summary)}</description>` : '',
      '    </item>',
    ].filter(Boolean).join('\n');
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(absoluteUrl(channel.site, '/'))}</link>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    '    <language>ru</language>',
    `    <atom:link href="${escapeXml(absoluteUrl(channel.site, channel.path))}" rel="self" type="application/rss+xml"/>`,
    ...sorted.map(item),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** sitemap.xml for the given site paths (the 404 page and anything under excluded prefixes left out). */
export function renderSitemap(site: string, paths: string[], exclude: string[] = ['/404/', '/admin/']): string {
  const urls = [...new Set(paths.map((p) => (p.startsWith('/') ? p : `/${p}`)))]
    .filter((p) => !exclude.some((e) => p.startsWith(e)) && !/^\/404(\.html)?$/.test(p))
    .sort();
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((p) => `  <url><loc>${escapeXml(absoluteUrl(site, p))}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}

export function renderRobots(site: string): string {
  return ['User-agent: *', 'Allow: /', 'Disallow: /admin/', '', `Sitemap: ${absoluteUrl(site, '/sitemap.xml')}`, ''].join('\n');
}
