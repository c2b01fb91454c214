/** The content model: every collection, its folder, its fields. The one source of truth for the build, the CMS and the tests. */
import { z } from 'astro/zod';
import {
  choice, date, filePath, list, longText, markdownBody, meta, relation, relations, slug, text, url, year,
} from './fields.ts';
import { UPLOAD_RULE_TEXT } from './media.ts';
import { DEFAULT_VIDEO_HOSTS, HOST_NAME } from '../lib/video.ts';

const optionalText = (title: string, description?: string) => text(title, description).optional();
const optionalLongText = (title: string, description?: string) => longText(title, description).optional();

// ---------- taxonomies ----------

const taxonomyFields = {
  title: text('Название'),
  slug: slug(),
  description: optionalLongText('Описание', 'Одно-два предложения: что означает этот термин'),
  order: meta(z.number().int().optional(), { title: 'Порядок в списках', description: 'Меньшее число — выше в списке' }),
};

export const taxonomySchema = z.object(taxonomyFields);

export const deficitSchema = z.object({
  ...taxonomyFields,
  question: optionalText('Вопрос педагога', 'Как педагог сам описал бы затруднение: «Как составить ИОМ?»'),
});

export const bankSchema = z.object({
  title: text('Название банка кейсов'),
  slug: slug(),
  summary: longText('Краткое описание'),
  deficits: relations('deficits', 'Профессиональные дефициты'),
  order: meta(z.number().int().optional(), { title: 'Порядок в списках' }),
});

// ---------- materials ----------

export const attachmentSchema = z.object({
  title: text('Название файла', 'Как файл будет подписан на странице'),
  path: filePath('Файл', 'materials', UPLOAD_RULE_TEXT),
});

export const linkSchema = z.object({
  title: text('Подпись ссылки'),
  url: meta(
    z.string({ error: 'ожидалась ссылка' }).trim().regex(/^(?:https?:\/\/[^\s]+|\/uploads\/[^\s?#]+)$/, { error: 'ожидалась ссылка, начинающаяся с https://, или путь к видеофайлу сайта, начинающийся с /uploads/' }),
    { title: 'Ссылка', description: 'Адрес страницы или видео (RuTube, VK Видео, YouTube), либо путь к видеофайлу MP4 на сайте: /uploads/…' },
  ),
  kind: choice('Вид', { video: 'Видеозапись', page: 'Страница', document: 'Документ' }).default('page'),
});

export const materialSchema = z.object({
  title: text('Название'),
  slug: slug(),
  summary: longText('Краткое описание', 'Два-три предложения: чем материал поможет педагогу'),
  type: relation('material-types', 'Тип материала'),
  subjects: relations('subjects', 'Предметы', 'Оставьте пустым, если материал не привязан к предмету', 'subject').default([]),
  levels: relations('levels', 'Уровни образования', undefined, 'level').default([]),
  audiences: relations('audiences', 'Для кого', undefined, 'audience').default([]),
  deficits: relations('deficits', 'Профессиональные дефициты', 'Какие затруднения педагога помогает преодолеть', 'deficit').default([]),
  authors: list(text('Автор'), 'Авторы', 'Фамилия И. О.').default([]),
  organization: optionalText('Организация'),
  date: date('Дата публикации'),
  updated: date('Дата обновления').optional(),
  files: list(attachmentSchema, 'Файлы').default([]),
  links: list(linkSchema, 'Ссылки и видео', 'Видео откроется только по нажатию читателя').default([]),
  tags: list(text('Метка'), 'Метки').default([]),
  demo: meta(z.boolean().default(false), { title: 'Демонстрационный материал', description: 'Отметьте, если материал создан для примера' }),
});

// ---------- cases ----------

export const caseStepSchema = z.object({
  title: text('Шаг'),
  material: relation('materials', 'Материал').optional(),
  action: longText('Что сделать', 'Например: «Прочитайте раздел 2 и заполните таблицу»'),
});

export const caseSchema = z.object({
  title: text('Название кейса'),
  slug: slug(),
  bank: relation('banks', 'Банк кейсов'),
  summary: longText('Краткое описание'),
  goal: longText('Цель кейса'),
  deficits: relations('deficits', 'Профессиональные дефициты', undefined, 'deficit'),
  audiences: relations('audiences', 'Для кого', undefined, 'audience').default([]),
  levels: relations('levels', 'Уровни образования', undefined, 'level').default([]),
  duration: optionalText('Продолжительность', 'Например: «2 недели, 4 часа»'),
  steps: meta(z.array(caseStepSchema).min(1, { error: 'в кейсе должен быть хотя бы один шаг' }), { title: 'Шаги' }),
  questions: list(text('Вопрос'), 'Вопросы для самопроверки').default([]),
  date: date('Дата публикации'),
});

// ---------- programmes ----------

const itemId = (title: string) => meta(
  z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'идентификатор — латиница и цифры, например «t1»' }),
  { title, description: 'Короткий латинский код, на который ссылаются строки дорожной карты и показатели, например «t1»' },
);

export const ROADMAP_STATUS_OVERRIDES = { done: 'Выполнено', cancelled: 'Отменено' } as const;

export const roadmapRowSchema = z.object({
  activity: text('Мероприятие'),
  content: optionalLongText('Содержание'),
  term: text('Срок (как в документе)', 'Например: «Сентябрь 2022 – декабрь 2022», «ежегодно», «В течение 2023–2025 годов»'),
  start: date('Начало', 'Заполните, если срок нельзя понять из текста').optional(),
  end: date('Окончание', 'Заполните, если срок нельзя понять из текста').optional(),
  responsible: optionalText('Ответственные'),
  result: optionalLongText('Планируемый результат'),
  task: meta(z.string().optional(), { title: 'Задача (код)', description: 'Код задачи программы, например «t1»' }),
  project: meta(z.string().optional(), { title: 'Проект (код)' }),
  direction: meta(z.string().optional(), { title: 'Направление (код)' }),
  status: choice('Отметка о выполнении', ROADMAP_STATUS_OVERRIDES, 'Статус иначе вычисляется по срокам').optional(),
});

export const programmeSchema = z.object({
  title: text('Полное название'),
  short_title: text('Краткое название'),
  slug: slug(),
  kind: choice('Вид документа', { programme: 'Программа развития', roadmap: 'Дорожная карта', project: 'Проект', plan: 'План' }).default('programme'),
  summary: longText('Краткое описание'),
  organization: text('Организация'),
  municipality: text('Муниципалитет'),
  region: text('Регион'),
  period: meta(z.object({ start: year('Год начала'), end: year('Год окончания') }).refine((p) => p.end >= p.start, { error: 'год окончания не может быть раньше года начала', path: ['end'] }), { title: 'Период реализации' }),
  approval: meta(z.object({
    document: text('Документ'),
    date: date('Дата').optional(),
    number: optionalText('Номер'),
  }), { title: 'Утверждение' }).optional(),
  basis: list(text('Документ'), 'Основания для разработки').default([]),
  mission: optionalLongText('Миссия'),
  goal: longText('Цель'),
  tasks: list(z.object({ id: itemId('Код задачи'), title: longText('Задача') }), 'Задачи').default([]),
  directions: list(z.object({ id: itemId('Код направления'), title: text('Направление'), description: optionalLongText('Описание') }), 'Направления').default([]),
  stages: list(z.object({
    title: text('Этап'),
    period: optionalText('Сроки этапа', 'Как в документе: «2022 год», «2023–2024 годы»'),
    result: optionalLongText('Результат этапа'),
    content: longText('Содержание этапа'),
  }), 'Этапы').default([]),
  projects: list(z.object({
    id: itemId('Код проекта'),
    title: text('Название проекта'),
    goal: optionalLongText('Цель проекта'),
    tasks: list(longText('Задача'), 'Задачи проекта').default([]),
    results: list(longText('Результат'), 'Ожидаемые результаты проекта').default([]),
  }), 'Проекты').default([]),
  developers: list(text('Разработчик'), 'Разработчики').default([]),
  executors: list(text('Исполнитель'), 'Исполнители').default([]),
  financing: optionalLongText('Финансирование'),
  expected_results: list(longText('Результат'), 'Ожидаемые результаты').default([]),
  risks: list(z.object({ risk: longText('Риск'), mitigation: optionalLongText('Меры по снижению', 'Оставьте пустым, если документ их не называет') }), 'Риски').default([]),
  roadmap: list(roadmapRowSchema, 'Дорожная карта').default([]),
  reports: list(z.object({
    year: year('Год отчёта'),
    narrative: meta(z.string().min(1, { error: 'поле не может быть пустым' }), { title: 'Текст отчёта', widget: 'markdown' }),
  }), 'Публичные отчёты', 'Текст методиста к ежегодному публичному отчёту').default([]),
});

// ---------- indicators ----------

export const INDICATOR_UNITS = {
  percent: '%',
  people: 'чел.',
  units: 'ед.',
  points: 'баллы',
  boolean: 'да/нет',
} as const;

const indicatorValue = meta(
  z.union([z.number(), z.boolean()], { error: 'ожидалось число (для показателей «да/нет» — true или false)' }),
  { title: 'Значение', description: 'Число; для показателей «да/нет»: 1 — да, 0 — нет' },
);

export const indicatorSchema = z.object({
  title: text('Наименование показателя'),
  slug: slug(),
  programme: relation('programmes', 'Программа'),
  code: text('Номер показателя', 'Как в документе: «1», «2.3»'),
  group: optionalText('Группа показателей'),
  task: meta(z.string().optional(), { title: 'Задача программы (код)', description: 'Например «t2»' }),
  unit: choice('Единица измерения', INDICATOR_UNITS),
  direction: choice('Направление', { higher: 'Чем больше, тем лучше', lower: 'Чем меньше, тем лучше' }).default('higher'),
  tolerance: meta(z.number().min(0).optional(), { title: 'Допуск', description: 'Отклонение от плана в единицах показателя, при котором он считается «в пределах допуска»' }),
  method: optionalLongText('Способ сбора данных'),
  source: optionalText('Источник данных'),
  baseline: meta(z.object({ year: year('Год'), value: indicatorValue }), { title: 'Базовое значение' }).optional(),
  targets: list(z.object({ year: year('Год'), value: indicatorValue }), 'Плановые значения по годам').default([]),
  final_target: meta(z.object({ year: year('Год').optional(), value: indicatorValue }), { title: 'Итоговое плановое значение', description: 'Если в документе задано только значение на конец программы' }).optional(),
  actuals: list(z.object({
    year: year('Год'),
    value: indicatorValue,
    note: optionalText('Примечание'),
    source: optionalText('Источник'),
    demo: meta(z.boolean().default(false), { title: 'Демонстрационное значение' }),
  }), 'Фактические значения').default([]),
  description: optionalLongText('Пояснение'),
});

// ---------- pages, events, mentors, sites ----------

export const pageSchema = z.object({
  title: text('Заголовок'),
  slug: slug(),
  summary: optionalLongText('Краткое описание'),
  order: meta(z.number().int().optional(), { title: 'Порядок' }),
  appendix: choice('Дополнение после текста', { datasets: 'Перечень наборов открытых данных' }, 'Таблица, которую сайт составляет сам из содержимого').optional(),
});

export const eventSchema = z.object({
  title: text('Название'),
  slug: slug(),
  kind: choice('Вид', {
    seminar: 'Семинар', webinar: 'Вебинар', conference: 'Конференция', contest: 'Конкурс',
    course: 'Курсы', masterclass: 'Мастер-класс', meeting: 'Заседание', news: 'Новость',
  }),
  start: date('Дата начала'),
  end: date('Дата окончания').optional(),
  place: optionalText('Место'),
  format: choice('Формат', { offline: 'Очно', online: 'Дистанционно', mixed: 'Смешанный' }).default('offline'),
  audiences: relations('audiences', 'Для кого').default([]),
  programme: relation('programmes', 'Программа').optional(),
  summary: longText('Краткое описание'),
}).refine((e) => !e.end || e.end >= e.start, { error: 'дата окончания не может быть раньше даты начала', path: ['end'] });

export const mentorSchema = z.object({
  name: text('Фамилия, имя, отчество'),
  slug: slug(),
  position: text('Должность'),
  organization: text('Организация'),
  subjects: relations('subjects', 'Предметы').default([]),
  levels: relations('levels', 'Уровни образования').default([]),
  topics: list(text('Тема'), 'С чем может помочь').default([]),
  experience: meta(z.number().int().min(0).optional(), { title: 'Педагогический стаж, лет' }),
});

export const siteSchema = z.object({
  title: text('Название площадки'),
  slug: slug(),
  kind: choice('Статус', { innovation: 'Инновационная площадка', internship: 'Стажировочная площадка', base: 'Опорная площадка' }),
  organization: text('Организация'),
  theme: longText('Тема'),
  period: meta(z.object({ start: year('Год начала'), end: year('Год окончания').optional() }), { title: 'Период' }),
  programme: relation('programmes', 'Программа').optional(),
  summary: optionalLongText('Описание'),
});

export const settingsSchema = z.object({
  name: text('Название службы'),
  short_name: text('Краткое название'),
  tagline: optionalText('Подзаголовок'),
  organization: text('Организация'),
  municipality: text('Муниципалитет'),
  site: url('Адрес сайта', 'Полный адрес опубликованного сайта, из него строятся канонические ссылки и sitemap'),
  logo: meta(z.string().optional(), { title: 'Логотип', widget: 'image', mediaFolder: 'site' }),
  contacts: meta(z.object({
    address: optionalText('Адрес'),
    phone: optionalText('Телефон'),
    email: meta(z.string().email({ error: 'ожидался адрес электронной почты' }).optional(), { title: 'Электронная почта' }),
    hours: optionalText('Часы работы'),
  }), { title: 'Контакты' }),
  navigation: list(z.object({ label: text('Подпись'), href: text('Адрес', 'Например «/materials/»') }), 'Главное меню'),
  data_license: url('Лицензия открытых данных', 'Адрес текста лицензии, например https://creativecommons.org/licenses/by/4.0/deed.ru; попадает в каталог open-data/data.json').optional(),
  video_hosts: list(
    meta(z.string({ error: 'ожидалось имя сервера' }).trim().toLowerCase().regex(HOST_NAME, { error: 'ожидалось имя сервера без https:// и без пути, например rutube.ru' }), { title: 'Сервер видеоплеера' }),
    'Видеосервисы, которые можно встроить',
    'Плеер этих серверов появляется на странице материала после нажатия «Показать видео»; видео с других сайтов показываются ссылкой',
  ).default([...DEFAULT_VIDEO_HOSTS]),
});

// ---------- the registry ----------

export interface CollectionDef {
  /** Collection name: folder under content/, CMS collection name, URL prefix. */
  name: string;
  label: string;
  labelSingular: string;
  /** md: Markdown with frontmatter and a body; yaml: data only. */
  format: 'md' | 'yaml';
  schema: z.ZodObject;
  /** Field that names an entry (title or name). */
  titleField: string;
  /** URL of the list page; entries live under it. */
  route: string;
  description: string;
}

export const collections = [
  { name: 'materials', label: 'Материалы', labelSingular: 'Материал', format: 'md', schema: materialSchema, titleField: 'title', route: '/materials/', description: 'Методические разработки, рекомендации, презентации, видео, шаблоны' },
  { name: 'cases', label: 'Кейсы', labelSingular: 'Кейс', format: 'md', schema: caseSchema, titleField: 'title', route: '/cases/', description: 'Тематические кейсы: пошаговая работа с материалами по дефициту' },
  { name: 'banks', label: 'Банки кейсов', labelSingular: 'Банк кейсов', format: 'yaml', schema: bankSchema, titleField: 'title', route: '/cases/banks/', description: 'Тематические банки, объединяющие кейсы' },
  { name: 'programmes', label: 'Программы', labelSingular: 'Программа', format: 'md', schema: programmeSchema, titleField: 'short_title', route: '/programmes/', description: 'Программы развития и дорожные карты с паспортом, задачами и мероприятиями' },
  { name: 'indicators', label: 'Показатели', labelSingular: 'Показатель', format: 'yaml', schema: indicatorSchema, titleField: 'title', route: '/indicators/', description: 'Показатели программ: план и факт по годам' },
  { name: 'events', label: 'Мероприятия', labelSingular: 'Мероприятие', format: 'md', schema: eventSchema, titleField: 'title', route: '/events/', description: 'Семинары, конкурсы, курсы и новости' },
  { name: 'pages', label: 'Страницы', labelSingular: 'Страница', format: 'md', schema: pageSchema, titleField: 'title', route: '/pages/', description: 'О службе и другие постоянные страницы' },
  { name: 'mentors', label: 'Банк наставников', labelSingular: 'Наставник', format: 'yaml', schema: mentorSchema, titleField: 'name', route: '/mentors/', description: 'Наставники: только открытые сведения' },
  { name: 'sites', label: 'Площадки', labelSingular: 'Площадка', format: 'yaml', schema: siteSchema, titleField: 'title', route: '/sites/', description: 'Инновационные и стажировочные площадки' },
  { name: 'deficits', label: 'Профессиональные дефициты', labelSingular: 'Дефицит', format: 'yaml', schema: deficitSchema, titleField: 'title', route: '/deficits/', description: 'Затруднения педагогов, на которые отвечают материалы и кейсы' },
  { name: 'subjects', label: 'Предметы', labelSingular: 'Предмет', format: 'yaml', schema: taxonomySchema, titleField: 'title', route: '/subjects/', description: 'Учебные предметы и области' },
  { name: 'levels', label: 'Уровни образования', labelSingular: 'Уровень', format: 'yaml', schema: taxonomySchema, titleField: 'title', route: '/levels/', description: 'ДО, НОО, ООО, СОО, СПО, дополнительное образование' },
  { name: 'audiences', label: 'Категории педагогов', labelSingular: 'Категория', format: 'yaml', schema: taxonomySchema, titleField: 'title', route: '/audiences/', description: 'Для кого материал: учитель, воспитатель, руководитель…' },
  { name: 'material-types', label: 'Типы материалов', labelSingular: 'Тип материала', format: 'yaml', schema: taxonomySchema, titleField: 'title', route: '/types/', description: 'Методическая разработка, рекомендации, презентация…' },
] as const satisfies readonly CollectionDef[];

export type CollectionName = (typeof collections)[number]['name'];

export function collectionDef(name: string): CollectionDef {
  const def = collections.find((c) => c.name === name);
  if (!def) throw new Error(`Unknown collection: ${name}`);
  return def;
}

/** Site settings: one file, content/settings.yaml. */
export const SETTINGS_FILE = 'settings.yaml';

export { markdownBody };
