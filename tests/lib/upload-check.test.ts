import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import fs from 'node:fs';
import { MAX_UPLOAD_BYTES } from '../../src/schema/media.ts';
import { IMAGE_ACCEPT, refusedFiles, replaceQuestion, saveRefusal, UPLOAD_ACCEPT, uploadFileName, uploadRefusal } from '../../src/lib/upload-check.ts';

const config = parse(fs.readFileSync('admin/config.yml', 'utf8')) as { collections: { name: string; fields: never[] }[] };
const fieldsOf = (name: string) => config.collections.find((c) => c.name === name)!.fields;

describe('upload rules in the CMS', () => {
  it('the picker offers exactly the formats the build accepts', () => {
    expect(UPLOAD_ACCEPT).toBe('.pdf,.docx,.pptx,.xlsx,.odt,.jpg,.jpeg,.png');
  });

  it('a PDF within the limit is taken; an executable, a web page or a video file is refused with the rule in Russian', () => {
    expect(uploadRefusal({ name: 'plan.PDF', size: 1000 })).toBeUndefined();
    expect(uploadRefusal({ name: 'plan.pdf', size: MAX_UPLOAD_BYTES })).toBeUndefined();
    for (const name of ['setup.exe', 'page.html', 'lesson.mp4', 'README']) {
      expect(uploadRefusal({ name, size: 10 })).toMatch(new RegExp(`^Файл «${name.replace('.', '\\.')}» не загружен: такой формат не принимается\\. Можно загружать PDF, DOCX, PPTX, XLSX, ODT, JPG или PNG до 20 МБ`));
    }
  });

  it('a file with a Russian name is stored under its Latin transliteration, not as a bare «.pdf» that the next one would overwrite', () => {
    expect(uploadFileName('Памятка ИОМ.pdf')).toBe('pamyatka-iom.pdf');
    expect(uploadFileName('План урока №3 (итог).PDF')).toBe('plan-uroka-3-itog.pdf');
    expect(uploadFileName('Руководство по проектам.pdf')).not.toBe(uploadFileName('Анкета.pdf'));
    expect(uploadFileName('№.docx')).toBe('fayl.docx');
    expect(uploadFileName('plan-2024.pdf')).toBe('plan-2024.pdf');
    // The renamed file still passes the format rule.
    expect(uploadRefusal({ name: uploadFileName('Отчёт.XLSX'), size: 10 })).toBeUndefined();
  });

  it('a file over the limit is refused with its size in megabytes', () => {
    expect(uploadRefusal({ name: 'scan.pdf', size: 25.5 * 1024 * 1024 })).toMatch(/^Файл «scan\.pdf» не загружен: его размер 25,5 МБ больше допустимого/);
  });

  it('finds a disallowed file in a list of attachments of a material, named by the field labels', () => {
    const data = { title: 'М', files: [{ title: 'План', path: '/uploads/materials/plan.pdf' }, { title: 'Видео', path: '/uploads/materials/urok.mp4' }] };
    expect(refusedFiles(fieldsOf('materials'), data)).toEqual([{ field: 'Файлы → Файл', path: '/uploads/materials/urok.mp4', imagesOnly: false }]);
    expect(saveRefusal(fieldsOf('materials'), data)).toBe('недопустимый формат файла — в поле «Файлы → Файл» файл «urok.mp4». Можно загружать PDF, DOCX, PPTX, XLSX, ODT, JPG или PNG до 20 МБ; видео добавляйте ссылкой.');
  });

  it('lets an entry with allowed files, no files or an empty file field be saved', () => {
    expect(saveRefusal(fieldsOf('materials'), { files: [{ title: 'План', path: '/uploads/materials/plan.docx' }] })).toBeUndefined();
    expect(saveRefusal(fieldsOf('materials'), { files: [{ title: 'Ещё не выбран', path: '' }] })).toBeUndefined();
    expect(saveRefusal(fieldsOf('materials'), { title: 'Без файлов' })).toBeUndefined();
  });

  it('checks file fields nested in objects and lists of single values', () => {
    const fields = [
      { name: 'cover', label: 'Обложка', widget: 'object', fields: [{ name: 'image', label: 'Картинка', widget: 'image' }] },
      { name: 'scans', label: 'Сканы', widget: 'list', field: { name: 'scan', label: 'Скан', widget: 'file' } },
    ];
    expect(refusedFiles(fields, { cover: { image: '/uploads/x/cover.gif' }, scans: ['/uploads/x/a.pdf', '/uploads/x/b.tiff'] })).toEqual([
      { field: 'Обложка → Картинка', path: '/uploads/x/cover.gif', imagesOnly: true },
      { field: 'Сканы', path: '/uploads/x/b.tiff', imagesOnly: false },
    ]);
  });

  it('an image field (the logo) takes only pictures, says so, and leaves files the site ships (/logo.svg) alone', () => {
    expect(IMAGE_ACCEPT).toBe('.jpg,.jpeg,.png');
    expect(uploadRefusal({ name: 'logo.png', size: 10 }, true)).toBeUndefined();
    expect(uploadRefusal({ name: 'logo.pdf', size: 10 }, true)).toBe('Файл «logo.pdf» не загружен: такой формат не принимается. Можно загружать JPG или PNG до 20 МБ.');
    const settings = config.collections.find((c) => c.name === 'settings') as unknown as { files: { fields: never[] }[] };
    const fields = settings.files[0].fields;
    expect(saveRefusal(fields, { title: 'Служба', logo: '/logo.svg' })).toBeUndefined();
    expect(saveRefusal(fields, { title: 'Служба', logo: '/uploads/site/logo.png' })).toBeUndefined();
    expect(saveRefusal(fields, { title: 'Служба', logo: '/uploads/site/logo.pdf' })).toMatch(/^недопустимый формат файла — в поле «Логотип» файл «logo\.pdf» \(сюда — только JPG или PNG до 20 МБ\)/);
  });
  it('Decap\'s English question before replacing a file of the same name is asked in Russian; other questions are not touched', () => {
    expect(replaceQuestion('anketa.pdf already exists. Do you want to replace it?')).toMatch(/^Файл «anketa\.pdf» уже есть в медиатеке и, возможно, прикреплён к другой записи\. Заменить его\?/);
    expect(replaceQuestion('Удалить эту запись?')).toBeUndefined();
  });
});
