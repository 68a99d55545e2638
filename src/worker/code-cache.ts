/**
 * Loads a CommonJS bundle through V8's code cache, for worker threads that each start their own
 * engine. Without it every worker parses and compiles the 1.6 MB engine bundle and then compiles
 * each function again on its first call; with it, the bytecode of the bundle and of every function
 * a warmed-up worker ran comes from one file. Node 20 has no `module.enableCompileCache`, so this
 * is the same idea by hand (`vm.Script` with `cachedData`).
 *
 * The cache is written beside the bundle after a worker has warmed up, once, atomically (a
 * temporary file renamed), and only when that folder is writable. It is keyed by the bundle's
 * size, modification time and inode and by the Node version, so a rebuilt bundle or another Node
 * never reads a stale cache (V8 itself checks only the source's length); V8 rejects a cache made
 * with other flags, and the bundle is then compiled as usual. Writing a cache removes the bundle's
 * older ones, so rebuilds do not pile up stale files beside it.
 */
import { isAscii } from 'node:buffer';
import { readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';

export interface CachedModule {
  readonly exports: unknown;
  /** Writes the cache if none was used (and removes stale ones); call once the code has run on real input. Never throws. */
  readonly saveCache: () => void;
}

function cacheFile(file: string): string {
  const st = statSync(file);
  const key = `${st.size}-${Math.floor(st.mtimeMs)}-${st.ino}-${process.version}-${process.arch}`;
  return path.join(path.dirname(file), `.${path.basename(file)}.${key}.v8cache`);
}

/** Removes the bundle's caches other than `current` (made for an earlier build or Node). Never throws. */
function removeStale(file: string, current: string): void {
  const dir = path.dirname(file);
  const prefix = `.${path.basename(file)}.`;
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix) || !name.endsWith('.v8cache') || path.join(dir, name) === current) continue;
    try {
      rmSync(path.join(dir, name), { force: true });
    } catch {
      // Another process may hold or have removed it; it is only a cache.
    }
  }
}

export function loadWithCodeCache(file: string): CachedModule {
  // The CLI's bundles are pure ASCII (scripts/ascii-bundle.cjs): read as latin1, a byte copy into
  // a one-byte string, instead of decoding UTF-8; any other file is decoded as UTF-8.
  const bytes = readFileSync(file);
  // A `#!` line is valid for Node's loader but not inside the function wrapper.
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8').replace(/^#!.*/, '');
  const cache = cacheFile(file);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cache);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(wrap(source), { filename: file, ...(cachedData !== undefined ? { cachedData } : {}) });
  const used = cachedData !== undefined && script.cachedDataRejected !== true;
  const module = { exports: {} as unknown };
  const fn = script.runInThisContext() as (
    exports: unknown,
    require: NodeRequire,
    module: unknown,
    filename: string,
    dirname: string,
  ) => void;
  fn(module.exports, createRequire(file), module, file, path.dirname(file));
  let saved = false;
  return {
    exports: module.exports,
    saveCache: () => {
      if (saved) return;
      saved = true;
      if (used) {
        removeStale(file, cache);
        return;
      }
      try {
        const temporary = `${cache}.${process.pid}.${Math.random().toString(36).slice(2)}`;
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cache);
        removeStale(file, cache);
      } catch {
        // A read-only installation simply runs without the cache.
      }
    },
  };
}
