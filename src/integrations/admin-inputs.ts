/**
 * What the CMS bundle is made from: the project files in its module graph, plus the lockfile (the packages) and its
 * build script. The cache of the bundle is keyed by the digest of these files, so editing a page template (not part of
 * the CMS) neither rebuilds the bundle nor changes anything the site's pages depend on. A change that adds a file to
 * the graph must edit a file already in it (the one that imports it), so the recorded list is always enough.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sourceDigest } from './source-digest.ts';

export interface BundleManifest { entry: string; inputs: string[] }
export const BUNDLE_MANIFEST = 'bundle.json';
/** Always part of the digest, whatever the graph: the packages and how the bundle is built. */
export const BUNDLE_FIXED_INPUTS = ['package-lock.json', 'src/integrations/admin-build.ts', 'src/integrations/admin-inputs.ts', 'src/integrations/admin-shims.ts'];

/** Project files (root-relative, sorted) among a bundle's module ids: no packages, no virtual modules, no ?raw suffixes. */
export function bundleInputs(root: string, moduleIds: readonly string[]): string[] {
  const files = new Set<string>();
  for (const id of moduleIds) {
    if (id.startsWith('\0')) continue;
    const file = id.replace(/[?#].*$/, '');
    const rel = path.relative(root, file);
    if (!path.isAbsolute(file) || rel.startsWith('..') || rel.split(path.sep).includes('node_modules')) continue;
    files.add(rel.split(path.sep).join('/'));
  }
  return [...files].sort();
}

/** The cache key of a bundle made from these inputs. */
export function bundleDigest(root: string, inputs: readonly string[]): string {
  return sourceDigest(root, [...BUNDLE_FIXED_INPUTS, ...inputs]).slice(0, 12);
}

export interface CachedBundle { dir: string; manifest: BundleManifest }

export function readBundleManifest(dir: string): BundleManifest | undefined {
  try { return JSON.parse(fs.readFileSync(path.join(dir, BUNDLE_MANIFEST), 'utf8')) as BundleManifest; } catch { return undefined; }
}

/** A cached bundle still made from the current files: the digest of its recorded inputs, in this tree, is its folder's name. */
export function findCachedBundle(root: string, bundlesDir: string): CachedBundle | undefined {
  if (!fs.existsSync(bundlesDir)) return undefined;
  for (const name of fs.readdirSync(bundlesDir)) {
    const dir = path.join(bundlesDir, name);
    const manifest = readBundleManifest(dir);
    if (manifest && bundleDigest(root, manifest.inputs) === name) return { dir, manifest };
  }
  return undefined;
}
