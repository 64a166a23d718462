/**
 * The extension build the benchmark measures. It lives in `bench/out/` rather than `.output/`
 * because the other engineers' test runs rebuild `.output/chrome-mv3` at any moment, and a
 * Chromium reading a half-written build would measure nothing real.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What the built extension's code comes from; a change to any of them makes the build stale. */
const SOURCE_PATHS = [
  'entrypoints',
  'page',
  'recognition',
  'messaging',
  'storage',
  'components',
  'public',
  'wxt.config.ts',
  'package.json',
  'package-lock.json',
];

export interface BuildOptions {
  /** Where WXT writes; the Chrome build lands in `<outDir>/chrome-mv3`. */
  outDir: string;
  /** Rebuild even when the build is newer than every source. */
  force: boolean;
  /** Unminified build (readable function names in CPU profiles). */
  unminified?: boolean;
}

/** Newest modification time (ms) under `path`, or 0 when it does not exist. */
export function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Whether the build in `extensionDir` is missing or older than a source under `root`. */
export function isStale(extensionDir: string, root = '.'): boolean {
  const manifest = join(extensionDir, 'manifest.json');
  if (!existsSync(manifest)) return true;
  const built = statSync(manifest).mtimeMs;
  return SOURCE_PATHS.some((path) => newestMtime(join(root, path)) > built);
}

/**
 * Builds the Chrome extension into `options.outDir` when stale (or forced) and returns the
 * directory to load, plus whether a build ran.
 */
export async function ensureBuild(options: BuildOptions): Promise<{ extensionDir: string; built: boolean }> {
  const extensionDir = resolve(options.outDir, 'chrome-mv3');
  if (!options.force && !isStale(extensionDir)) return { extensionDir, built: false };
  const { build } = await import('wxt');
  await build({
    outDir: options.outDir,
    ...(options.unminified ? { vite: () => ({ build: { minify: false } }) } : {}),
  });
  return { extensionDir, built: true };
}
