/**
 * Vite plugin for the CMS bundle: Decap's own packages importing react-select or @dnd-kit/core get the modules in
 * admin/shims/ instead, which re-export the library with Russian messages (admin/library-ru.ts). Only imports made by
 * decap-cms-* packages are redirected; the shims themselves and everything else get the library as it is.
 */
import path from 'node:path';
import type { Plugin } from 'vite';

export const SHIMMED: Record<string, string> = {
  'react-select': 'admin/shims/react-select.ts',
  'react-select/async': 'admin/shims/react-select-async.ts',
  '@dnd-kit/core': 'admin/shims/dnd-kit-core.ts',
};

const DECAP_PACKAGE = /[\\/]node_modules[\\/]decap-cms-[^\\/]+[\\/]/;

/** The shim for `source` when a Decap package imports it, else undefined (resolved as usual). */
export function shimFor(root: string, source: string, importer: string | undefined): string | undefined {
  const shim = SHIMMED[source];
  return shim && importer && DECAP_PACKAGE.test(importer) ? path.join(root, shim) : undefined;
}

export function adminShims(root: string): Plugin {
  return { name: 'admin-shims', enforce: 'pre', resolveId: (source, importer) => shimFor(root, source, importer) };
}
