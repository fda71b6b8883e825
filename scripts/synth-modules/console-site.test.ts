import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consoleSiteDrift, writeConsoleSite } from './console-site.js';

function rootWithBuild(): string {
  const root = mkdtempSync(join(tmpdir(), 'dlt-site-test-'));
  const dist = join(root, 'web', 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>dlt</title>');
  writeFileSync(join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(dist, 'assets', 'font-x.woff2'), Buffer.from([0, 1, 2, 255]));
  writeFileSync(join(dist, 'config.json'), '{"mode":"local"}');
  mkdirSync(join(root, 'modules', 'console', 'site'), { recursive: true });
  writeFileSync(join(root, 'modules', 'console', 'site', '.gitkeep'), '');
  return root;
}

describe('console site', () => {
  it('asks for a build when web/dist is missing', () => {
    const root = mkdtempSync(join(tmpdir(), 'dlt-site-test-'));
    expect(consoleSiteDrift(root)[0]).toMatch(/web\/dist is not built/);
    expect(writeConsoleSite(root)).toBe(0);
  });

  it('copies the build byte for byte, leaves config.json to Terraform, and the check then passes', () => {
    const root = rootWithBuild();
    expect(consoleSiteDrift(root)).toEqual([
      'modules/console/site/assets/font-x.woff2: missing',
      'modules/console/site/assets/index-abc.js: missing',
      'modules/console/site/index.html: missing',
    ]);
    expect(writeConsoleSite(root)).toBe(3);
    const site = join(root, 'modules', 'console', 'site');
    expect(readFileSync(join(site, 'assets', 'font-x.woff2'))).toEqual(Buffer.from([0, 1, 2, 255]));
    expect(() => readFileSync(join(site, 'config.json'))).toThrow();
    expect(consoleSiteDrift(root)).toEqual([]);
  });

  it('reports edited and stale files, and a rewrite removes the stale ones but keeps .gitkeep', () => {
    const root = rootWithBuild();
    writeConsoleSite(root);
    const site = join(root, 'modules', 'console', 'site');
    writeFileSync(join(site, 'index.html'), 'edited');
    writeFileSync(join(site, 'assets', 'old-123.js'), 'old');
    expect(consoleSiteDrift(root)).toEqual([
      'modules/console/site/index.html: differs from web/dist',
      'modules/console/site/assets/old-123.js: stale',
    ]);
    writeConsoleSite(root);
    expect(consoleSiteDrift(root)).toEqual([]);
    expect(readFileSync(join(site, '.gitkeep'), 'utf8')).toBe('');
  });
});
