/** The one Markdown renderer of the portal: site pages and CMS previews both call renderMarkdown. */
import MarkdownIt from 'markdown-it';
import { translit } from './slugify.ts';
import { latinBlockLanguage } from './text-language.ts';
import { keepTogether } from './format.ts';

const md = new MarkdownIt({
  html: false, // Methodists paste from Word: raw HTML is shown as text, never executed.
  linkify: true,
  typographer: true,
  quotes: '«»„“',
});

// Heading anchors: Latin ids so links survive copying into messengers and old mail clients.
md.core.ruler.push('heading_ids', (state) => {
  const used = new Map<string, number>();
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].type !== 'heading_open') continue;
    const text = tokens[i + 1].children?.filter((t) => t.type === 'text' || t.type === 'code_inline').map((t) => t.content).join('') ?? '';
    const base = translit(String(text)) || 'razdel';
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    tokens[i].attrSet('id', n ? `${base}-${n + 1}` : base);
  }
});

// A paragraph, list item, heading or table cell written wholly in another language gets lang, so screen readers switch voice.
md.core.ruler.push('block_language', (state) => {
  const tokens = state.tokens;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].type !== 'inline') continue;
    const lang = latinBlockLanguage(tokens[i].children?.filter((t) => t.type === 'text' || t.type === 'code_inline').map((t) => t.content).join('') ?? tokens[i].content);
    if (!lang) continue;
    // A tight list's paragraphs are not printed: the list item carries the mark instead.
    let open = i - 1;
    while (open > 0 && tokens[open].hidden) open--;
    if (tokens[open].nesting === 1) tokens[open].attrSet('lang', lang);
  }
});

// «№ 7», «§ 2» and initials with the surname do not part at a line end (code spans are left as written).
md.core.ruler.push('keep_together', (state) => {
  for (const block of state.tokens) for (const t of block.children ?? []) if (t.type === 'text') t.content = keepTogether(t.content);
});

// External links: marked for the eye and for screen readers, opened safely.
const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = String(tokens[idx].attrGet('href') ?? '');
  if (/^https?:\/\//i.test(href)) {
    tokens[idx].attrJoin('class', 'external');
    tokens[idx].attrSet('rel', 'noopener noreferrer');
    (env as { external?: boolean }).external = true;
  }
  return defaultLinkOpen(tokens, idx, options, env, self);
};
md.renderer.rules.link_close = (tokens, idx, options, env, self) => {
  const e = env as { external?: boolean };
  const mark = e.external ? '<span class="visually-hidden"> (внешняя ссылка)</span>' : '';
  e.external = false;
  return mark + self.renderToken(tokens, idx, options);
};

// Tables get a caption (the nearest heading above, for screen readers) and column headers with scope.
md.core.ruler.push('table_captions', (state) => {
  let heading = '';
  state.tokens.forEach((token, i) => {
    if (token.type === 'heading_open') heading = state.tokens[i + 1].content;
    if (token.type === 'table_open') token.meta = { caption: heading ? `Таблица: ${heading}` : 'Таблица' };
    if (token.type === 'th_open') token.attrSet('scope', 'col'); // Markdown tables have header cells only in their first row.
  });
});
const escapeHtml = md.utils.escapeHtml;

// Wide tables scroll inside their own box instead of widening the page on a phone.
md.renderer.rules.table_open = (tokens, idx) => {
  const caption = escapeHtml((tokens[idx].meta as { caption: string }).caption);
  return `<div class="table-scroll" tabindex="0" role="region" aria-label="${caption}"><table>\n<caption class="visually-hidden">${caption}</caption>\n`;
};
md.renderer.rules.table_close = () => '</table></div>\n';

export function renderMarkdown(source: string | undefined): string {
  return source ? md.render(source) : '';
}

export function renderInline(source: string | undefined): string {
  return source ? md.renderInline(source) : '';
}
