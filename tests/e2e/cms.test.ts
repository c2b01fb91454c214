import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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

async function pick(page: Page, inputId: string, text: string) {
  const input = page.locator(`#${inputId}`);
  await input.click();
  await input.fill(text);
  await page.getByRole('option', { name: new RegExp(text) }).first().click();
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Опубликовать' }).click();
  await page.getByText('Опубликовать сейчас').click();
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

  it('creates a material with a deficit and an uploaded PDF, adds an indicator value, and the rebuilt site shows both', async () => {
    const page = await openCms(browser, repo, '#/collections/materials/new');
    await page.locator('#title-field-1').fill('Памятка по ИОМ для молодого педагога');
    await page.locator('#slug-field-2').fill('pamyatka-iom');
    await page.locator('#summary-field-3').fill('Как за один вечер составить индивидуальный образовательный маршрут.');
    await pick(page, 'type-field-4', 'Статья');
    await pick(page, 'deficits-field-8', 'индивидуального образовательного маршрута');
    await page.locator('#date-field-12').fill('2025-03-14');
    await page.getByRole('button', { name: 'Добавить запись' }).first().click();
    await page.getByLabel('Название файла').fill('Памятка (PDF)');
    await page.getByRole('button', { name: 'Выберите файл' }).click();
    await page.locator('input[type=file]').setInputFiles({ name: 'pamyatka-iom.pdf', mimeType: 'application/pdf', buffer: Buffer.from(PDF) });
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
});
