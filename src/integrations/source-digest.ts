/** Digest of source folders and files (paths and contents): the key under which build outputs made from them are cached. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

function* files(p: string): Generator<string> {
  if (!fs.existsSync(p)) return;
  if (fs.statSync(p).isFile()) { yield p; return; }
  for (const name of fs.readdirSync(p).sort()) yield* files(path.join(p, name));
}

export function sourceDigest(root: string, inputs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of files(path.join(root, input))) hash.update(`${path.relative(root, file)}\0`).update(fs.readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}
