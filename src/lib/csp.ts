/** Content-Security-Policy of the portal: only the site itself, plus hashes of the few inline scripts it emits and the video players the settings allow in frames. */
import { createHash } from 'node:crypto';
import { frameSources } from './video.ts';

export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

export interface CspOptions {
  /** Exact sources of inline <script> elements the pages carry. */
  inlineScripts?: string[];
  /** Directives a <meta> element cannot carry (frame-ancestors) are only added for an HTTP header. */
  forHeader?: boolean;
  /** Video player hosts the settings allow to embed (after the reader's click): frame-src lists exactly these. */
  frameHosts?: readonly string[];
}

export function contentSecurityPolicy({ inlineScripts = [], forHeader = false, frameHosts = [] }: CspOptions = {}): string {
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    // 'wasm-unsafe-eval' lets the site's own search index (WebAssembly) run; no JavaScript eval is allowed.
    ['script-src', ["'self'", ...inlineScripts.map(scriptHash), "'wasm-unsafe-eval'"]],
    // Inline style attributes (chart bars, widths) stay allowed; they cannot run code.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['media-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['frame-src', frameSources(frameHosts)],
    ['worker-src', ["'self'", 'blob:']],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
  if (forHeader) directives.push(['frame-ancestors', ["'self'"]]);
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}
