import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

/** The node_modules holding better-sqlite3: a bundled child in a temp dir finds it through NODE_PATH. */
export const NODE_MODULES = path.dirname(path.dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')));

export interface BundledChild {
  /** A fresh temp dir holding the script; tests may keep their files there too. */
  dir: string;
  script: string;
}

/** Bundles a child process's entry once, so that each of many spawns starts in plain Node without a compiler. */
export async function bundleChild(entry: string, name: string): Promise<BundledChild> {
  const dir = mkdtempSync(path.join(tmpdir(), `copydesk-${name}-`));
  const script = path.join(dir, `${name}.cjs`);
  await build({
    entryPoints: [entry],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    logLevel: 'warning',
  });
  return { dir, script };
}
