import { lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScriptArchiveError } from './errors.js';
import { extractScriptArchive } from './extract.js';
import { inspectScriptArchive } from './inspect.js';
import { readArchiveEntry } from './read-entry.js';
import { declareSize, renameEntry, zipOf } from './test-zips.js';

let base: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'dlt-scripts-'));
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

async function writeZip(name: string, data: Buffer): Promise<string> {
  const path = join(base, name);
  await writeFile(path, data);
  return path;
}

async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

async function refused(promise: Promise<unknown>): Promise<ScriptArchiveError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ScriptArchiveError);
    return error as ScriptArchiveError;
  }
  throw new Error('expected the archive to be refused');
}

describe('extractScriptArchive', () => {
  it('unpacks an unwrapped archive and reports the script and plugin JARs as absolute paths', async () => {
    const zip = await writeZip(
      'plan.zip',
      await zipOf([
        { name: 'bundle/', directory: true },
        { name: 'bundle/test.jmx', data: '<jmeterTestPlan/>' },
        { name: 'bundle/data/users.csv', data: 'id\n1\n' },
        { name: 'bundle/plugins/custom-1.0.jar', data: 'PK-jar' },
        { name: 'bundle/empty/', directory: true },
      ]),
    );
    const dest = join(base, 'work');
    const out = await extractScriptArchive(zip, dest, { testType: 'jmeter' });
    expect(out.scriptPath).toBe(join(dest, 'test.jmx'));
    expect(out.pluginJars).toEqual([join(dest, 'plugins/custom-1.0.jar')]);
    expect(out.files.sort()).toEqual(['data/users.csv', 'plugins/custom-1.0.jar', 'test.jmx']);
    expect(await tree(dest)).toEqual(['data/users.csv', 'plugins/custom-1.0.jar', 'test.jmx']);
    expect(await readFile(join(dest, 'data/users.csv'), 'utf8')).toBe('id\n1\n');
    expect((await lstat(join(dest, 'empty'))).isDirectory()).toBe(true);
  });

  it('passes a single script file through, and refuses one with the wrong extension', async () => {
    const script = join(base, 'abc123.py');
    await writeFile(script, 'from locust import HttpUser\n');
    const dest = join(base, 'work');
    const out = await extractScriptArchive(script, dest, { testType: 'locust' });
    expect(out).toEqual({ scriptPath: join(dest, 'abc123.py'), pluginJars: [], files: ['abc123.py'] });
    const e = await refused(extractScriptArchive(script, join(base, 'other'), { testType: 'jmeter' }));
    expect(e.problem).toBe('wrong-extension');
    expect(e.message).toBe('A jmeter script must be .jmx (or a .zip), not "abc123.py".');
  });

  it('writes nothing anywhere for a zip-slip archive', async () => {
    const zip = await writeZip(
      'evil.zip',
      renameEntry(
        await zipOf([
          { name: 'test.jmx', data: 'x' },
          { name: 'xx/xx/escaped.txt', data: 'pwned' },
        ]),
        'xx/xx/escaped.txt',
        '../../escaped.txt',
      ),
    );
    const dest = join(base, 'a', 'work');
    const e = await refused(extractScriptArchive(zip, dest, { testType: 'jmeter' }));
    expect(e.problem).toBe('unsafe-path');
    expect(await tree(base)).toEqual(['evil.zip']);
  });

  it('never follows a link already in the destination', async () => {
    const outside = join(base, 'outside');
    await mkdir(outside);
    const dest = join(base, 'work');
    await mkdir(dest);
    await symlink(outside, join(dest, 'data'));
    const intoLink = await writeZip(
      'a.zip',
      await zipOf([
        { name: 'test.jmx', data: 'x' },
        { name: 'data/users.csv', data: 'x' },
      ]),
    );
    const e = await refused(extractScriptArchive(intoLink, dest, { testType: 'jmeter' }));
    expect(e.problem).toBe('unsafe-path');
    expect(e.message).toContain('outside the script folder');
    expect(await readdir(outside)).toEqual([]);

    // A file named like the link is not written through it either (O_EXCL).
    const overLink = await writeZip(
      'b.zip',
      await zipOf([
        { name: 'test.jmx', data: 'x' },
        { name: 'data', data: 'x' },
      ]),
    );
    const f = await refused(extractScriptArchive(overLink, dest, { testType: 'jmeter' }));
    expect(f.problem).toBe('unsafe-path');
    expect(await readdir(outside)).toEqual([]);
    // What was there before survives; what the failed call wrote is gone.
    expect((await readdir(dest)).sort()).toEqual(['data']);
  });

  it('counts the bytes it inflates: an entry that lies about its size is stopped and removed', async () => {
    const real = Buffer.alloc(3 * 1024 * 1024, 7);
    const zip = await writeZip(
      'liar.zip',
      declareSize(
        await zipOf([
          { name: 'test.jmx', data: 'x' },
          { name: 'small.csv', data: real },
        ]),
        'small.csv',
        4000,
      ),
    );
    const dest = join(base, 'work');
    const e = await refused(extractScriptArchive(zip, dest, { testType: 'jmeter' }));
    expect(e.problem).toBe('size-mismatch');
    expect(e.message).toContain('small.csv');
    expect(await tree(dest)).toEqual([]);
  });

  it('stops when the inflated total passes the limit even if each entry is within its own', async () => {
    const zip = await writeZip(
      'total.zip',
      await zipOf([
        { name: 'test.jmx', data: 'x' },
        { name: 'a.csv', data: Buffer.alloc(3000, 1) },
        { name: 'b.csv', data: Buffer.alloc(3000, 2) },
      ]),
    );
    const e = await refused(
      extractScriptArchive(zip, join(base, 'work'), { testType: 'jmeter', limits: { maxTotalBytes: 5000 } }),
    );
    expect(e.problem).toBe('total-too-large');
  });
});

describe('reading archives from a path', () => {
  it('inspects a zip on disk like one in memory', async () => {
    const zip = await writeZip(
      'k6.zip',
      await zipOf([{ name: 'suite/test.ts', data: 'export default () => {}' }]),
    );
    const plan = await inspectScriptArchive(zip, { testType: 'k6' });
    expect(plan).toMatchObject({ strippedPrefix: 'suite/', scriptPath: 'test.ts', pluginJars: [] });
  });

  it('reads one entry of a JAR, and nothing when it is missing or too big', async () => {
    const jar = await writeZip(
      'x.jar',
      await zipOf([
        { name: 'a/B.class', data: 'cafebabe' },
        { name: 'META-INF/MANIFEST.MF', data: 'Implementation-Version: 5.6.3\r\n' },
      ]),
    );
    expect((await readArchiveEntry(jar, 'META-INF/MANIFEST.MF'))?.toString()).toBe(
      'Implementation-Version: 5.6.3\r\n',
    );
    expect(await readArchiveEntry(jar, 'missing')).toBeUndefined();
    expect(await readArchiveEntry(jar, 'META-INF/MANIFEST.MF', 4)).toBeUndefined();
  });
});
