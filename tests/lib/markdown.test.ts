import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/markdown.ts';

describe('renderMarkdown', () => {
  it('keeps «№ 7» together in text, leaves code spans as written', () => {
    const html = renderMarkdown('Приказ № 19 и `№ 5`');
    expect(html).toContain('Приказ №\u00a019');
    expect(html).toContain('<code>№ 5</code>');
  });

  it('shows raw HTML pasted from Word as text, never as markup', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<p class="MsoNormal" onclick="x()">Текст</p>');
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/<p[^>]*onclick/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('refuses javascript: and data: links', () => {
    const html = renderMarkdown('[жми](javascript:alert(1)) [файл](data:text/html;base64,PHNjcmlwdD4=)');
    expect(html).not.toMatch(/href="(javascript|data):/);
  });

  it('gives headings Latin anchors, unique within the page', () => {
    const html = renderMarkdown('## Цель кейса\n\n## Цель кейса');
    expect(html).toContain('<h2 id="tsel-keysa">');
    expect(html).toContain('<h2 id="tsel-keysa-2">');
  });

  it('renders tables inside a scrollable, labelled region', () => {
    const html = renderMarkdown('| Год | План |\n| --- | --- |\n| 2024 | 55 |');
    expect(html).toContain('role="region"');
    expect(html).toContain('<th scope="col">Год</th>');
    expect(html).toContain('<td>55</td>');
  });

  it('uses Russian typographic quotes', () => {
    expect(renderMarkdown('Проект "Учитель будущего"')).toContain('«Учитель будущего»');
  });

  it('marks external links for the eye and for screen readers, leaves internal links alone', () => {
    const html = renderMarkdown('[ФГОС](https://fgos.ru/) и [материалы](/materials/)');
    expect(html).toContain('<a href="https://fgos.ru/" class="external" rel="noopener noreferrer">ФГОС<span class="visually-hidden"> (внешняя ссылка)</span></a>');
    expect(html).toContain('<a href="/materials/">материалы</a>');
  });
});

describe('Markdown tables for screen readers', () => {
  it('get a caption from the nearest heading and column headers with scope', async () => {
    const { renderMarkdown } = await import('../../src/lib/markdown.ts');
    const html = renderMarkdown('## План <работ>\n\n| Шаг | Срок |\n|---|---|\n| 1 | май |\n');
    expect(html).toContain('<caption class="visually-hidden">Таблица: План &lt;работ&gt;</caption>');
    expect(html).toContain('<th scope="col">Шаг</th>');
    expect(renderMarkdown('| a |\n|---|\n| b |\n')).toContain('<caption class="visually-hidden">Таблица</caption>');
  });
});

describe('foreign-language blocks', () => {
  it('a list of English phrases is marked lang="en" item by item; Russian text around it is not', () => {
    const html = renderMarkdown('Полезные клише:\n\n- Could you repeat that, please?\n- I see your point, but…\n- Урок по теме Present Simple\n\n## Let us talk about the weather\n');
    expect(html).toContain('<li lang="en">Could you repeat that, please?</li>');
    expect(html).toContain('<li lang="en">I see your point, but…</li>');
    expect(html).toContain('<li>Урок по теме Present Simple</li>');
    expect(html).toMatch(/<h2 id="[^"]+" lang="en">Let us talk about the weather<\/h2>/);
    expect(html).toContain('<p>Полезные клише:</p>');
  });
  it('a loose list and a paragraph get the mark on the paragraph', () => {
    expect(renderMarkdown('- Wie heißt du?\n\n- Ich heiße Anna.\n')).toContain('<p lang="de">Wie heißt du?</p>');
    expect(renderMarkdown('Comment vous appelez-vous ?')).toBe('<p lang="fr">Comment vous appelez-vous ?</p>\n');
  });
});
