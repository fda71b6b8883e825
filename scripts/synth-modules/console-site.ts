/**
 * The console module ships the built web console in `modules/console/site/`, so module users need no Node. This
 * copies `web/dist/` there (minus `config.json`, which Terraform writes from its inputs) and, in check mode,
 * reports any difference, like the Lambda bundles. `npm test` builds the console before the check runs.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const KEEP = new Set(['.gitkeep']);

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

function paths(root: string) {
  return { dist: join(root, 'web', 'dist'), site: join(root, 'modules', 'console', 'site') };
}

function builtFiles(dist: string): string[] {
  return listFiles(dist).filter((file) => file !== 'config.json');
}

/** Problems with the committed site: empty when it matches web/dist exactly. */
export function consoleSiteDrift(root: string): string[] {
  const { dist, site } = paths(root);
  if (!existsSync(join(dist, 'index.html'))) {
    return ['web/dist is not built: run `npm run build -w web` (npm test builds it) before the check'];
  }
  const fresh = builtFiles(dist);
  const committed = listFiles(site).filter((file) => !KEEP.has(file));
  const report: string[] = [];
  for (const file of fresh) {
    const target = join(site, file);
    if (!existsSync(target)) report.push(`modules/console/site/${file}: missing`);
    else if (!readFileSync(target).equals(readFileSync(join(dist, file))))
      report.push(`modules/console/site/${file}: differs from web/dist`);
  }
  const wanted = new Set(fresh);
  for (const file of committed) if (!wanted.has(file)) report.push(`modules/console/site/${file}: stale`);
  return report;
}

/** Replaces the site with web/dist; returns how many files were written (0 when the console is not built). */
export function writeConsoleSite(root: string): number {
  const { dist, site } = paths(root);
  if (!existsSync(join(dist, 'index.html'))) return 0;
  for (const file of listFiles(site)) if (!KEEP.has(file)) rmSync(join(site, file));
  const files = builtFiles(dist);
  for (const file of files) {
    const target = join(site, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, readFileSync(join(dist, file)));
  }
  return files.length;
}
