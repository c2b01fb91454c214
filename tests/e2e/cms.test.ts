import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { hasChromium, launchBrowser, openPage } from './browser.ts';
import { routeLocalBackend, startCmsRepo, type CmsRepo } from './cms-repo.ts';
import { splitFrontmatter, parseYaml } from '../../src/lib/frontmatter.ts';
import { serveStatic } from './static-server.ts';

/** A minimal valid PDF, as a methodist would upload it. */
const PDF = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

async function openCms(browser: Browser, repo: CmsRepo, hash: string): Promise<Page> {
  const { page } = await openPage(browser, '/404-not-a-page/');
  await routeLocalBackend(page, repo.apiUrl);
  await page.goto(new URL(`/admin/${hash}`, page.url()).href);
  await page.getByRole('button', { name: 'Войти' }).click();
  return page;
}

/** Visible text of an element with runs of white space collapsed, as a reader sees it. */
async function textOf(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

async function pick(page: Page, inputId: string, text: string) {
  const input = page.locator(`#${inputId}`);
  await input.click();
  await input.fill(text);
  await page.getByRole('option', { name: new RegExp(text) }).first().click();
}

/** The required fields of a new material, with a deficit relation. */
async function fillMaterial(page: Page, title: string, slug: string) {
  await page.locator('#title-field-1').fill(title);
  await page.locator('#slug-field-2').fill(slug);
  await page.locator('#summary-field-3').fill('Как за один вечер составить индивидуальный образовательный маршрут.');
  await pick(page, 'type-field-4', 'Статья');
  await pick(page, 'deficits-field-8', 'индивидуального образовательного маршрута');
  await page.locator('#date-field-12').fill('2025-03-14');
}

/** Adds a row to the list field `name` (every list's button reads «Добавить запись»). */
async function addRow(page: Page, name: string) {
  await page.locator(`[id^=${name}-field]`).getByRole('button', { name: 'Добавить запись' }).first().click();
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Опубликовать' }).click();
  await page.getByText('Опубликовать сейчас').click();
}

/** Opens a saved entry, types a value the site would reject into one field, saves: the CMS shows the message and the file stays as it was. */
async function expectRefused(browser: Browser, repo: CmsRepo, entry: string, field: string, value: string, message: string | RegExp) {
  const [collection, slug] = entry.split('/');
  const file = path.join(repo.dir, 'content', collection, `${slug}.md`);
  const before = fs.readFileSync(file, 'utf8');
  const page = await openCms(browser, repo, `#/collections/${collection}/entries/${slug}`);
  await page.locator(field).first().fill(value);
  await publish(page);
  await expect(page.getByText(message).first().waitFor({ timeout: 10_000 })).resolves.toBeUndefined();
  expect(fs.readFileSync(file, 'utf8')).toBe(before);
  await page.context().close();
}

describe.skipIf(!hasChromium)('Decap CMS against the local backend', () => {
  let browser: Browser;
  let repo: CmsRepo;
  beforeAll(async () => { browser = await launchBrowser(); repo = await startCmsRepo(); });
  afterAll(async () => { await browser?.close(); await repo?.stop(); });

  it('a required field left empty shows the CMS error and writes nothing', async () => {
    const materials = path.join(repo.dir, 'content/materials');
    const before = fs.readdirSync(materials).sort();
    const page = await openCms(browser, repo, '#/collections/materials/new');
    await page.locator('#title-field-1').fill('Материал без обязательных полей');
    await publish(page);
    await expect(page.getByText(/обязательн/i).first().waitFor({ timeout: 10_000 })).resolves.toBeUndefined();
    await page.waitForTimeout(500);
    expect(fs.readdirSync(materials).sort()).toEqual(before);
    await page.context().close();
  });

  it('a file of another format is refused with a Russian message before anything reaches the entry or the repository', async () => {
    const uploads = path.join(repo.dir, 'public/uploads/materials');
    const before = fs.readdirSync(uploads).sort();
    const page = await openCms(browser, repo, '#/collections/materials/new');
    const alerts: string[] = [];
    page.on('dialog', (d) => { alerts.push(d.message()); void d.accept(); });
    await fillMaterial(page, 'Программа с вложением', 'programma-s-vlozheniem');
    await addRow(page, 'files');
    // A row just added is titled in Russian (Decap's own title for it is «No title»).
    await expect(page.getByRole('button', { name: 'Удалить из списка: «Новая запись»' }).count()).resolves.toBe(1);
    await expect(page.getByText('No title').count()).resolves.toBe(0);
    await page.getByLabel('Название файла').fill('Установщик');
    await page.getByRole('button', { name: 'Выберите файл' }).click();
    // The picker offers only the allowed formats; a file taken anyway (e.g. «Все файлы») is refused.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByText('Загрузить новый').click()]);
    const input = page.locator('input[type=file]');
    expect(await input.getAttribute('accept')).toBe('.pdf,.docx,.pptx,.xlsx,.odt,.jpg,.jpeg,.png');
    await chooser.setFiles({ name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
    await expect.poll(() => alerts, { timeout: 5_000 }).toEqual([expect.stringMatching(/^Файл «setup\.exe» не загружен: такой формат не принимается\. Можно загружать PDF, DOCX, PPTX, XLSX, ODT, JPG или PNG до 20 МБ/)]);
    await input.setInputFiles({ name: 'lesson.html', mimeType: 'text/html', buffer: Buffer.from('<script>alert(1)</script>') });
    await expect.poll(() => alerts.length, { timeout: 5_000 }).toBe(2);
    expect(alerts[1]).toMatch(/«lesson\.html» не загружен/);
    // The media library never lists the refused files, so there is nothing to insert.
    await page.waitForTimeout(300);
    expect(await page.getByText(/setup\.exe|lesson\.html/).count()).toBe(0);
    expect(fs.readdirSync(uploads).sort()).toEqual(before);
    expect(fs.existsSync(path.join(repo.dir, 'content/materials/programma-s-vlozheniem.md'))).toBe(false);
    await page.context().close();
  });

  it('an entry pointing at a file of another format already in the folder is not saved, and the CMS says why', async () => {
    fs.writeFileSync(path.join(repo.dir, 'public/uploads/materials/urok-zapis.mp4'), 'not really a video');
    const page = await openCms(browser, repo, '#/collections/materials/new');
    await fillMaterial(page, 'Запись урока', 'zapis-uroka');
    await addRow(page, 'files');
    await page.getByLabel('Название файла').fill('Видео урока');
    await page.getByRole('button', { name: 'Выберите файл' }).click();
    await page.getByPlaceholder('Поиск…').fill('urok-zapis');
    await page.getByText('urok-zapis.mp4').click();
    await page.getByRole('button', { name: 'Выбрать помеченные' }).click();
    await publish(page);
    await expect(page.getByText(/^Не удалось сохранить запись: недопустимый формат файла — в поле «Файлы → Файл» файл «urok-zapis\.mp4»\. Можно загружать PDF/).waitFor({ timeout: 10_000 })).resolves.toBeUndefined();
    expect(fs.existsSync(path.join(repo.dir, 'content/materials/zapis-uroka.md'))).toBe(false);
    await page.context().close();
  });

  it('an event ending before it starts is not saved, and the CMS says which field and why in the build\'s words', async () => {
    await expectRefused(browser, repo, 'events/konkurs-funkcionalnaya-gramotnost', '[id^=end-field]', '2001-01-01',
      'Не удалось сохранить запись: сайт не примет запись — поле «Дата окончания»: значение «2001-01-01» — дата окончания не может быть раньше даты начала.');
  });

  it('a saved material\'s address cannot be changed into one that no longer matches its file', async () => {
    await expectRefused(browser, repo, 'materials/cifrovaya-gigiena-pamyatka', '[id^=slug-field]', 'cifrovaya-gigiena',
      /^Не удалось сохранить запись: «Адрес страницы» сохранённой записи не меняется: .*Верните адрес «cifrovaya-gigiena-pamyatka»/);
  });

  it('a new material cannot take an address another material has: the field says so, and no «…-1» file appears', async () => {
    const materials = path.join(repo.dir, 'content/materials');
    const before = fs.readdirSync(materials).sort();
    const page = await openCms(browser, repo, '#/collections/materials/new');
    await fillMaterial(page, 'Ещё одна памятка о дисциплине', 'disciplina-na-uroke');
    await publish(page);
    await expect(page.getByText(/Адрес «disciplina-na-uroke» уже занят другой записью этого раздела/).first().waitFor({ timeout: 10_000 })).resolves.toBeUndefined();
    await page.waitForTimeout(500);
    expect(fs.readdirSync(materials).sort()).toEqual(before);
    await page.context().close();
  });

  it('a material used in a case lists that case under its address; the case\'s lists and dates are announced in Russian', async () => {
    let page = await openCms(browser, repo, '#/collections/materials/entries/iom-pedagoga-poshagovo');
    const notice = page.getByRole('note');
    await notice.waitFor({ timeout: 15_000 });
    expect(await textOf(notice)).toMatch(/^Эту запись упоминают другие записи \(1 запись\)\. Если удалить её, сайт не соберётся.* Кейс «Свой маршрут развития за две недели» \(откроется в новой вкладке\) — «Шаги» › строка 2 › «Материал»; «Шаги» › строка 4 › «Материал»$/);
    // The case opens in a new tab: Decap switched to another entry in place keeps the material's fields in the case's form.
    await expect(notice.getByRole('link').getAttribute('target')).resolves.toBe('_blank');
    await expect(notice.getByRole('link').getAttribute('href')).resolves.toBe('#/collections/cases/entries/svoy-marshrut-za-dve-nedeli');
    await page.context().close();
    page = await openCms(browser, repo, '#/collections/cases/entries/svoy-marshrut-za-dve-nedeli');
    await page.getByText('4 записи').first().waitFor({ timeout: 15_000 });
    expect(await page.getByText(/^\d+ шаги$/).count()).toBe(0);
    await page.getByRole('button', { name: 'Удалить из списка: «Заполните шаблон»' }).click();
    await page.getByText('3 записи').first().waitFor({ timeout: 5_000 });
    await expect(page.getByRole('button', { name: 'Поставить в поле «Дата публикации» текущую дату' }).count()).resolves.toBe(1);
    await expect(page.getByText('UTC', { exact: true }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Свернуть или развернуть: «Согласуйте маршрут с куратором»' }).count()).resolves.toBe(1);
    await page.context().close();
  });

  it('an indicator value for a year outside its programme\'s period is refused on save, naming the field and the period', async () => {
    const file = path.join(repo.dir, 'content/indicators/borodino-mms-4.yaml');
    const before = fs.readFileSync(file, 'utf8');
    const page = await openCms(browser, repo, '#/collections/indicators/entries/borodino-mms-4');
    await page.getByText('Фактические значения').first().waitFor();
    await page.getByRole('button', { name: 'Добавить запись' }).nth(1).click();
    await page.locator('input[id^="year-field"]').last().fill('2019');
    await page.locator('input[id^="value-field"]').last().fill('44');
    await publish(page);
    await page.getByText(/^Не удалось сохранить запись: сайт не примет запись — поле «Фактические значения» › строка \d+ › «Год»: значение «2019» — год вне периода программы «[^»]+»: ожидался год с 2022 по 2025/).waitFor({ timeout: 10_000 });
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    await page.context().close();
  });

  it('site settings with the logo the site ships (/logo.svg, not an upload) still save', async () => {
    const file = path.join(repo.dir, 'content/settings.yaml');
    const page = await openCms(browser, repo, '#/collections/settings/entries/site');
    await page.getByLabel('Краткое название').fill('Методслужба округа');
    await publish(page);
    await expect.poll(() => parseYaml(fs.readFileSync(file, 'utf8')), { timeout: 15_000 }).toMatchObject({ short_name: 'Методслужба округа', logo: '/logo.svg' });
    await page.context().close();
  });

  it('the indicator preview draws the site chart and shows the same table as the site, and follows the form', async () => {
    const slug = 'leninsk-kuznetskiy-mo-1';
    // The site page shows its chart first; the reader switches to the table, as the test does before reading it.
    const { page: site } = await openPage(browser, `/indicators/${slug}/`);
    await site.getByRole('radio', { name: 'таблицу' }).check();
    const siteRows = await textOf(site.locator('table.indicator-table tbody'));
    await site.context().close();
    expect(siteRows).toContain('2024 15 % 14 % (демо) не достигнут');

    const page = await openCms(browser, repo, `#/collections/indicators/entries/${slug}`);
    const preview = page.frameLocator('iframe').first();
    const rows = preview.locator('table.indicator-table tbody');
    await rows.waitFor({ timeout: 15_000 });
    expect(await textOf(rows)).toBe(siteRows);
    await expect(preview.locator('table.indicator-table caption').textContent()).resolves.toBe('План и факт по годам, %');
    // The chart is drawn: the canvas has lines of the plan and fact colours, not only the white background.
    const canvas = preview.locator('figure.chart canvas');
    await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => {
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      let coloured = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 2] > data[i] + 60) coloured++;
      return c.width > 200 && coloured > 200;
    }), { timeout: 10_000 }).toBe(true);

    // A fact typed into the form appears in the preview's table at once.
    await page.getByRole('button', { name: 'Добавить запись' }).nth(1).click();
    await page.locator('input[id^="year-field"]').last().fill('2025');
    await page.locator('input[id^="value-field"]').last().fill('17');
    await expect.poll(() => textOf(rows), { timeout: 5_000 }).toContain('2025 15 % 17 % достигнут');
    await page.context().close();
  });

  it('a new indicator\'s preview asks for the unit instead of writing «undefined» beside the numbers', async () => {
    const page = await openCms(browser, repo, '#/collections/indicators/new');
    await page.locator('[id^=title-field]').first().fill('Доля педагогов с ИОМ');
    const preview = page.frameLocator('iframe').first();
    await preview.getByText('Выберите единицу измерения').waitFor({ timeout: 15_000 });
    expect(await preview.locator('body').innerText()).not.toContain('undefined');
    await page.locator('[id^=unit-field]').first().click();
    await page.getByRole('option', { name: '%', exact: true }).click();
    await expect.poll(() => textOf(preview.locator('table.indicator-table caption')), { timeout: 5_000 }).toBe('План и факт по годам, %');
    await page.context().close();
  });

  it('the programme preview shows the passport as the programme page does', async () => {
    const { page: site } = await openPage(browser, '/programmes/borodino-mms/');
    const passport = await textOf(site.locator('dl.passport'));
    await site.context().close();
    expect(passport).toMatch(/^Организация МКУ .*Территория город Бородино, Красноярский край Срок реализации 2022–2025 годы Утверждение .*21 января 2022 г.*№ 01-04-08/);

    const page = await openCms(browser, repo, '#/collections/programmes/entries/borodino-mms');
    const preview = page.frameLocator('iframe').first();
    await preview.locator('dl.passport').waitFor({ timeout: 15_000 });
    expect(await textOf(preview.locator('dl.passport'))).toBe(passport);
    await expect(preview.getByRole('heading', { name: 'Паспорт' }).count()).resolves.toBe(1);
    await page.context().close();
  });

  it('the material preview shows the facts and the files before the text, as the material page does', async () => {
    const { page: site } = await openPage(browser, '/materials/iom-pedagoga-poshagovo/');
    const terms = await textOf(site.locator('article dl.terms'));
    const file = await site.locator('ul.files a').first().innerText();
    const fileMeta = await site.locator('ul.files .file-meta').first().innerText();
    await site.context().close();
    expect(terms).toMatch(/^Тип Методические рекомендации .*Дефициты .*Авторы .*Опубликовано 12 сентября 2022\sг\. Обновлено 28 августа 2024\sг\.$/);

    const page = await openCms(browser, repo, '#/collections/materials/entries/iom-pedagoga-poshagovo');
    const preview = page.frameLocator('iframe').first();
    await preview.locator('dl.terms').waitFor({ timeout: 15_000 });
    await expect.poll(() => textOf(preview.locator('dl.terms')), { timeout: 5_000 }).toBe(terms);
    // The files come before the text, titled and typed as on the page (the page adds «, скачать» for screen readers and
    // the size, which only the build knows).
    expect(file.replace(', скачать', '').trim()).toBe(await preview.locator('ul.files a').first().innerText());
    expect(fileMeta).toMatch(new RegExp(`^${await preview.locator('ul.files .file-meta').first().innerText()}, `));
    expect(await preview.locator('h2').first().innerText()).toBe('Файлы');
    await page.context().close();
  });

  it('the case preview lists the steps with their materials, and the event preview its dates and programme, as the pages do', async () => {
    const { page: site } = await openPage(browser, '/cases/svoy-marshrut-za-dve-nedeli/');
    const steps = await site.locator('ol.case-steps h3').allInnerTexts();
    const materials = await site.locator('ol.case-steps .step-material a').allInnerTexts();
    await site.goto(new URL('/events/konferenciya-metodicheskaya-sluzhba/', site.url()).href);
    const eventTerms = await textOf(site.locator('dl.terms'));
    await site.context().close();
    expect(materials.length).toBeGreaterThan(1);
    expect(eventTerms).toMatch(/^Вид Конференция Дата 26–27 марта 2026\sг\. Формат Очно .*Программа /);

    const page = await openCms(browser, repo, '#/collections/cases/entries/svoy-marshrut-za-dve-nedeli');
    const preview = page.frameLocator('iframe').first();
    await preview.locator('ol.case-steps').waitFor({ timeout: 15_000 });
    expect(await preview.locator('ol.case-steps h3').allInnerTexts()).toEqual(steps);
    await expect.poll(() => preview.locator('ol.case-steps .step-material a').allInnerTexts(), { timeout: 5_000 }).toEqual(materials);
    await page.context().close();
    const event = await openCms(browser, repo, '#/collections/events/entries/konferenciya-metodicheskaya-sluzhba');
    const eventPreview = event.frameLocator('iframe').first().locator('dl.terms');
    await eventPreview.waitFor({ timeout: 15_000 });
    await expect.poll(() => textOf(eventPreview), { timeout: 5_000 }).toBe(eventTerms);
    await event.context().close();
  });

  it('creates a material with a deficit and an uploaded PDF, adds an indicator value, and the rebuilt site shows both', async () => {
    const page = await openCms(browser, repo, '#/collections/materials/new');
    await fillMaterial(page, 'Памятка по ИОМ для молодого педагога', 'pamyatka-iom');
    // Optional fields typed in and cleared again: Decap keeps them as "", which the site build rejects.
    await page.getByLabel('Организация').fill('МКУ ММС');
    await page.getByLabel('Организация').fill('');
    await page.locator('#updated-field-13').fill('2025-04-01');
    await page.getByRole('button', { name: 'Очистить' }).nth(1).click();
    await addRow(page, 'files');
    await page.getByLabel('Название файла').fill('Памятка (PDF)');
    await page.getByRole('button', { name: 'Выберите файл' }).click();
    // A methodist's file has a Russian name; it is stored under its transliteration.
    await page.locator('input[type=file]').setInputFiles({ name: 'Памятка ИОМ.pdf', mimeType: 'application/pdf', buffer: Buffer.from(PDF) });
    await page.getByRole('button', { name: 'Выбрать помеченные' }).click();
    await publish(page);
    const file = path.join(repo.dir, 'content/materials/pamyatka-iom.md');
    // The backend may create the file before it has written it: wait for the whole frontmatter, not just the file.
    await expect.poll(() => fs.existsSync(file) && 'title' in splitFrontmatter(fs.readFileSync(file, 'utf8')).data, { timeout: 15_000 }).toBe(true);
    const { data } = splitFrontmatter(fs.readFileSync(file, 'utf8'));
    expect(data).toMatchObject({
      title: 'Памятка по ИОМ для молодого педагога', slug: 'pamyatka-iom', type: 'article', deficits: ['iom'],
      files: [{ title: 'Памятка (PDF)', path: '/uploads/materials/pamyatka-iom.pdf' }],
    });
    expect(data).not.toHaveProperty('organization');
    expect(data).not.toHaveProperty('updated');
    expect(fs.readFileSync(path.join(repo.dir, 'public/uploads/materials/pamyatka-iom.pdf'), 'utf8')).toBe(PDF);
    await page.context().close();

    const ind = await openCms(browser, repo, '#/collections/indicators/entries/borodino-mms-4');
    await ind.getByText('Фактические значения').first().waitFor();
    const before = ind.getByRole('button', { name: 'Добавить запись' });
    await before.nth(1).click();
    const years = ind.locator('input[id^="year-field"]');
    await years.last().fill('2024');
    const values = ind.locator('input[id^="value-field"]');
    await values.last().fill('44');
    await publish(ind);
    const indicatorFile = path.join(repo.dir, 'content/indicators/borodino-mms-4.yaml');
    await expect.poll(() => JSON.stringify(parseYaml(fs.readFileSync(indicatorFile, 'utf8')).actuals), { timeout: 15_000 }).toContain('"year":2024,"value":44');
    await ind.context().close();

    execFileSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--silent'], { cwd: repo.dir, stdio: 'pipe' });
    const rebuilt = await serveStatic(path.join(repo.dir, 'dist'));
    try {
      const catalogue = await (await fetch(`${rebuilt.url}/materials/`)).text();
      expect(catalogue).toContain('Памятка по ИОМ для молодого педагога');
      const indicator = await (await fetch(`${rebuilt.url}/indicators/borodino-mms-4/`)).text();
      const row = /<th scope="row">2024<\/th>(.*?)<\/tr>/s.exec(indicator)?.[1] ?? '';
      expect(row.replace(/<[^>]+>/g, ' ')).toMatch(/\b44\b/);
    } finally { await rebuilt.close(); }
  });
  it('relation and select fields speak Russian: the cross names the value, searches are announced in Russian', async () => {
    const page = await openCms(browser, repo, '#/collections/materials/entries/iom-pedagoga-poshagovo');
    const remove = page.getByRole('button', { name: 'Убрать «Учитель»' });
    await remove.waitFor({ timeout: 15_000 });
    await expect(page.locator('[aria-label^="Remove"]').count()).resolves.toBe(0);
    await remove.click();
    await expect.poll(() => remove.count(), { timeout: 5_000 }).toBe(0);
    await page.locator('[id^=deficits-field]').first().click();
    await page.keyboard.type('наставничеств');
    const live = async () => (await page.locator('[aria-live]').allTextContents()).join(' ').replace(/\s+/g, ' ').trim();
    await expect.poll(live, { timeout: 10_000 }).toMatch(/Найден 1 вариант по запросу «наставничеств»\./);
    // Key names (Enter, Escape, Tab) are written as on the keys; no other Latin word is left.
    expect((await live()).replace(/Enter|Escape|Tab|Backspace/g, '')).not.toMatch(/[A-Za-z]{3,}/);
    await expect(page.getByText('Loading options').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('a list item moves with the keyboard, told in Russian, and the saved file keeps the new order', async () => {
    const file = path.join(repo.dir, 'content/cases/svoy-marshrut-za-dve-nedeli.md');
    const page = await openCms(browser, repo, '#/collections/cases/entries/svoy-marshrut-za-dve-nedeli');
    const handle = page.getByRole('button', { name: 'Переместить (мышью или клавишами): «Пройдите самодиагностику»' });
    await handle.waitFor({ timeout: 15_000 });
    const described = await handle.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${described}"]`).textContent()).toMatch(/^Чтобы переместить запись с клавиатуры, нажмите пробел/);
    const told = async () => (await page.locator('[aria-live]').allTextContents()).join(' ');
    await handle.focus();
    await page.keyboard.press('Space');
    await expect.poll(told, { timeout: 5_000 }).toContain('Запись 1 из 4 взята');
    await page.keyboard.press('ArrowDown');
    await expect.poll(told, { timeout: 5_000 }).toContain('Запись 1 из 4 — над местом 2 из 4.');
    await page.keyboard.press('Space');
    await expect.poll(told, { timeout: 5_000 }).toContain('Запись 1 из 4 поставлена на место 2 из 4.');
    await publish(page);
    const steps = () => (splitFrontmatter(fs.readFileSync(file, 'utf8')).data.steps as { title: string }[]).map((s) => s.title);
    await expect.poll(() => steps()[0], { timeout: 15_000 }).toBe('Разберитесь, как устроен маршрут');
    expect(steps()[1]).toBe('Пройдите самодиагностику');
    await page.context().close();
  });

  it('in a browser set to Russian, an indicator value typed with a decimal comma is saved as that number and shown with the comma', async () => {
    const russian = await launchBrowser(['--lang=ru-RU']);
    try {
      const file = path.join(repo.dir, 'content/indicators/borodino-mms-4.yaml');
      const page = await openCms(russian, repo, '#/collections/indicators/entries/borodino-mms-4');
      await page.getByText('Фактические значения').first().waitFor();
      await page.getByRole('button', { name: 'Добавить запись' }).nth(1).click();
      await page.locator('input[id^="year-field"]').last().fill('2025');
      await page.locator('input[id^="value-field"]').last().click();
      await page.keyboard.type('12,5');
      await publish(page);
      const actuals = () => parseYaml(fs.readFileSync(file, 'utf8')).actuals as { year: number; value: unknown }[];
      await expect.poll(() => actuals().find((a) => a.year === 2025)?.value, { timeout: 15_000 }).toBe(12.5);
      await page.context().close();
      const again = await openCms(russian, repo, '#/collections/indicators/entries/borodino-mms-4');
      await again.getByText('Фактические значения').first().waitFor();
      await again.getByRole('button', { name: 'Свернуть или развернуть: «2025: 12.5»' }).click();
      await expect.poll(() => again.locator('input[id^="value-field"]').last().inputValue(), { timeout: 5_000 }).toBe('12,5');
      await again.context().close();
    } finally { await russian.close(); }
  });
  it('a material a case uses is not deleted: the CMS says which case to edit first; an unused one is deleted after the usual question', async () => {
    const used = path.join(repo.dir, 'content/materials/iom-pedagoga-poshagovo.md');
    const page = await openCms(browser, repo, '#/collections/materials/entries/iom-pedagoga-poshagovo');
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(`${d.type()}: ${d.message()}`); void d.accept(); });
    await page.getByRole('note').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Удалить запись' }).click();
    await expect.poll(() => dialogs, { timeout: 5_000 }).toEqual([expect.stringMatching(/^alert: Эту запись нельзя удалить: её упоминают другие записи \(1\u00a0запись\).*\n— Кейс «Свой маршрут развития за две недели»: «Шаги» › строка \d › «Материал»/s)]);
    await page.waitForTimeout(1_000);
    expect(fs.existsSync(used)).toBe(true);
    await page.context().close();

    const unused = path.join(repo.dir, 'content/materials/fgos-prezentaciya-pedsovet.md');
    const other = await openCms(browser, repo, '#/collections/materials/entries/fgos-prezentaciya-pedsovet');
    const asked: string[] = [];
    other.on('dialog', (d) => { asked.push(d.type()); void d.accept(); });
    await other.locator('[id^=slug-field]').waitFor({ timeout: 15_000 });
    await other.getByRole('button', { name: 'Удалить запись' }).click();
    await expect.poll(() => fs.existsSync(unused), { timeout: 15_000 }).toBe(false);
    expect(asked).toEqual(['confirm']);
    await other.context().close();
  });
  it('an upload named as a file already in the media library asks in Russian before replacing it, and «Отмена» keeps the old file', async () => {
    const existing = path.join(repo.dir, 'public/uploads/materials/adaptaciya-zadaniy-ovz.pdf');
    const before = fs.readFileSync(existing);
    const page = await openCms(browser, repo, '#/collections/materials/new');
    const asked: string[] = [];
    page.on('dialog', (d) => { asked.push(d.message()); void d.dismiss(); });
    await addRow(page, 'files');
    await page.getByRole('button', { name: 'Выберите файл' }).click();
    await page.getByText('adaptaciya-zadaniy-ovz.pdf').first().waitFor({ timeout: 10_000 });
    await page.locator('input[type=file]').setInputFiles({ name: 'adaptaciya-zadaniy-ovz.pdf', mimeType: 'application/pdf', buffer: Buffer.from(PDF) });
    await expect.poll(() => asked, { timeout: 5_000 }).toEqual([expect.stringMatching(/^Файл «adaptaciya-zadaniy-ovz\.pdf» уже есть в медиатеке и, возможно, прикреплён к другой записи\. Заменить его\?/)]);
    await page.waitForTimeout(500);
    expect(fs.readFileSync(existing).equals(before)).toBe(true);
    await page.context().close();
  });
});
