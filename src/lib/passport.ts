/** A programme's passport as label/value rows: one list for the programme page and its CMS preview. */
import { formatDate } from './format.ts';

/** The passport fields of a programme; partial, because the CMS preview shows an entry while it is being filled in. */
export interface PassportSource {
  organization?: string;
  municipality?: string;
  region?: string;
  period?: { start?: number; end?: number };
  approval?: { document?: string; date?: Date | string; number?: string };
  basis?: string[];
  mission?: string;
  developers?: string[];
  executors?: string[];
  financing?: string;
}

export interface PassportRow { label: string; value: string | string[] }

const NOT_GIVEN = 'не указано';
const dateOf = (d: Date | string) => (typeof d === 'string' ? new Date(`${d.slice(0, 10)}T00:00:00Z`) : d);

export function passportRows(p: PassportSource): PassportRow[] {
  const rows: PassportRow[] = [
    { label: 'Организация', value: p.organization || NOT_GIVEN },
    { label: 'Территория', value: [p.municipality, p.region].filter(Boolean).join(', ') || NOT_GIVEN },
    { label: 'Срок реализации', value: p.period?.start && p.period?.end ? `${p.period.start}–${p.period.end} годы` : NOT_GIVEN },
  ];
  const a = p.approval;
  if (a?.document) rows.push({ label: 'Утверждение', value: [a.document, a.date && formatDate(dateOf(a.date)), a.number && `№ ${a.number}`].filter(Boolean).join(', ') });
  if (p.basis?.length) rows.push({ label: 'Основания для разработки', value: p.basis });
  if (p.mission) rows.push({ label: 'Миссия', value: p.mission });
  if (p.developers?.length) rows.push({ label: 'Разработчики', value: p.developers.join('; ') });
  if (p.executors?.length) rows.push({ label: 'Исполнители', value: p.executors.join('; ') });
  rows.push({ label: 'Финансирование', value: p.financing || 'в документе не указано' });
  return rows;
}
