/** The search thesaurus file (content/thesaurus.yaml): groups of synonyms and abbreviations methodists edit. */
import { z } from 'astro/zod';
import { list, meta, text } from './fields.ts';

export const THESAURUS_FILE = 'thesaurus.yaml';

export const thesaurusGroupSchema = z.object({
  title: text('Название группы', 'Для методиста: о чём эта группа, например «Наставничество»'),
  terms: meta(
    z.array(text('Слово или выражение'), { error: 'ожидался список' }).min(2, { error: 'в группе должно быть хотя бы два слова или выражения' }),
    { title: 'Синонимы и сокращения', description: 'Слова в начальной форме; сокращения — заглавными буквами: ИОМ, ФГОС' },
  ),
});

export const thesaurusSchema = z.object({
  groups: list(thesaurusGroupSchema, 'Группы синонимов', 'Поиск находит материал по любому слову группы, если в материале есть другое слово этой группы'),
});

export type Thesaurus = z.infer<typeof thesaurusSchema>;
