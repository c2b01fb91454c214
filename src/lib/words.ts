/** Russian plural forms of the words the portal counts. */
import type { PluralForms } from './format.ts';

export const MATERIAL_FORMS: PluralForms = { one: 'материал', few: 'материала', many: 'материалов' };
export const CASE_FORMS: PluralForms = { one: 'кейс', few: 'кейса', many: 'кейсов' };
export const INDICATOR_FORMS: PluralForms = { one: 'показатель', few: 'показателя', many: 'показателей' };
export const ACTIVITY_FORMS: PluralForms = { one: 'мероприятие', few: 'мероприятия', many: 'мероприятий' };
export const RESULT_FORMS: PluralForms = { one: 'результат', few: 'результата', many: 'результатов' };
export const ENTRY_FORMS: PluralForms = { one: 'запись', few: 'записи', many: 'записей' };
export const FILE_FORMS: PluralForms = { one: 'файл', few: 'файла', many: 'файлов' };
export const DATASET_FORMS: PluralForms = { one: 'набор', few: 'набора', many: 'наборов' };
