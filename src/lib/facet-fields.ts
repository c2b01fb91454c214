/** The catalogue's facets, read from the materials schema: fields marked `filter` in their metadata, plus type and year. */
import { materialSchema } from '../schema/collections.ts';
import { describeFields } from '../schema/walk.ts';
import type { FacetField } from './facets.ts';

/** Facet order on the page: type first, then the schema's filter fields in schema order, then the year. */
export function materialFacetFields(): FacetField[] {
  const fields = describeFields(materialSchema);
  const out: FacetField[] = [];
  const type = fields.find((f) => f.name === 'type');
  const typeFilter = type?.meta.filter;
  if (type) out.push({ param: typeof typeFilter === 'string' ? typeFilter : 'type', field: 'type', label: 'Тип', collection: type.meta.collection });
  for (const f of fields) {
    if (f.name === 'type' || typeof f.meta.filter !== 'string') continue;
    out.push({ param: f.meta.filter, field: f.name, label: f.meta.title, collection: f.meta.collection });
  }
  out.push({ param: 'year', field: 'date', label: 'Год' });
  return out;
}
