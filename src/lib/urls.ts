/** Addresses of pages: one place that knows where each collection's entries live. */
import { collectionDef } from '../schema/collections.ts';

export function entryUrl(collection: string, slug: string): string {
  if (collection === 'pages') return `/${slug}/`;
  return `${collectionDef(collection).route}${slug}/`;
}

export function listUrl(collection: string): string {
  return collectionDef(collection).route;
}
