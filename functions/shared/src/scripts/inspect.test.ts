import { describe, expect, it } from 'vitest';
import { ScriptArchiveError } from './errors.js';
import { inspectScriptArchive } from './inspect.js';
import { declareSize, renameEntry, setFlags, setUnixMode, zipOf } from './test-zips.js';

async function problemOf(promise: Promise<unknown>): Promise<{ problem: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ScriptArchiveError);
    const e = error as ScriptArchiveError;
    return { problem: e.problem, message: e.message };
  }
  throw new Error('expected the archive to be refused');
}

describe('inspectScriptArchive: layout and script selection', () => {
  it('unwraps a single top-level folder, ignoring __MACOSX and dot files, and finds plugins', async () => {
    const zip = await zipOf([
      { name: 'project/test.jmx', data: '<jmeterTestPlan/>' },
      { name: 'project/data/users.csv', data: 'a,b' },
      { name: 'project/plugins/jpgc-json-2.7.jar', data: 'jar' },
      { name: 'project/plugins/nested/ignored.txt', data: 'x' },
      { name: '__MACOSX/project/._test.jmx', data: 'junk' },
      { name: '.DS_Store', data: 'junk' },
    ]);
    const plan = await inspectScriptArchive(zip, { testType: 'jmeter' });
    expect(plan.strippedPrefix).toBe('project/');
    expect(plan.scriptPath).toBe('test.jmx');
    expect(plan.pluginJars).toEqual(['plugins/jpgc-json-2.7.jar']);
    expect(plan.files.map((f) => f.path).sort()).toEqual([
      'data/users.csv',
      'plugins/jpgc-json-2.7.jar',
      'plugins/nested/ignored.txt',
      'test.jmx',
    ]);
  });

  it('does not unwrap when the root also holds a file', async () => {
    const zip = await zipOf([
      { name: 'plans/a.jmx', data: 'x' },
      { name: 'readme.txt', data: 'x' },
    ]);
    const plan = await inspectScriptArchive(zip, { testType: 'jmeter' });
    expect(plan.strippedPrefix).toBe('');
    expect(plan.scriptPath).toBe('plans/a.jmx');
  });

  it('jmeter: the shallowest .jmx wins, then name order; jmeter-bundle/, dot and underscore folders are skipped', async () => {
    const zip = await zipOf([
      { name: 'jmeter-bundle/demo.jmx', data: 'x' },
      { name: '_drafts/a.jmx', data: 'x' },
      { name: '.hidden/a.jmx', data: 'x' },
      { name: 'deep/er/a.jmx', data: 'x' },
      { name: 'sub/b.jmx', data: 'x' },
      { name: 'sub/a.jmx', data: 'x' },
      { name: 'sub/plugins/custom.jar', data: 'x' },
    ]);
    const plan = await inspectScriptArchive(zip, { testType: 'jmeter' });
    expect(plan.scriptPath).toBe('sub/a.jmx');
    // plugins/ is looked for beside the chosen script.
    expect(plan.pluginJars).toEqual(['sub/plugins/custom.jar']);
  });

  it('k6: any .ts wins over a shallower .js; .d.ts and node_modules are not scripts', async () => {
    const zip = await zipOf([
      { name: 'main.js', data: 'x' },
      { name: 'types.d.ts', data: 'x' },
      { name: 'node_modules/lib/index.ts', data: 'x' },
      { name: 'src/test.ts', data: 'x' },
    ]);
    expect((await inspectScriptArchive(zip, { testType: 'k6' })).scriptPath).toBe('src/test.ts');
    const jsOnly = await zipOf([
      { name: 'lib/util.js', data: 'x' },
      { name: 'script.js', data: 'x' },
    ]);
    expect((await inspectScriptArchive(jsOnly, { testType: 'k6' })).scriptPath).toBe('script.js');
  });

  it('locust: locustfile.py is the script, other .py files are modules', async () => {
    const zip = await zipOf([
      { name: 'app/a.py', data: 'x' },
      { name: 'app/locustfile.py', data: 'x' },
      { name: 'app/locust.conf', data: 'x' },
    ]);
    const plan = await inspectScriptArchive(zip, { testType: 'locust' });
    expect(plan.strippedPrefix).toBe('app/');
    expect(plan.scriptPath).toBe('locustfile.py');
  });

  it('refuses an archive without a script for its test type', async () => {
    const zip = await zipOf([{ name: 'test.py', data: 'x' }]);
    const r = await problemOf(inspectScriptArchive(zip, { testType: 'locust' }));
    expect(r).toEqual({ problem: 'no-script', message: 'The zip archive contains no locustfile.py.' });
    expect((await problemOf(inspectScriptArchive(zip, { testType: 'jmeter' }))).problem).toBe('no-script');
  });
});

describe('inspectScriptArchive: hostile and wrong archives', () => {
  it.each([
    ['../evil.jmx', 'xx/evil.jmx', '".." would leave'],
    ['a/../../e.jmx', 'a/xx/xx/e.jmx', '".." would leave'],
    ['/etc/evil.jmx', 'xetc/evil.jmx', 'absolute paths'],
    ['C:/evil.jmx', 'CC/evil.jmx', 'drive letters'],
    ['a\\evil.jmx', 'a/evil.jmx', 'backslashes'],
  ])('refuses the entry name %s (zip slip)', async (attack, placeholder, why) => {
    const zip = renameEntry(
      await zipOf([
        { name: 'ok.jmx', data: 'x' },
        { name: placeholder, data: 'x' },
      ]),
      placeholder,
      attack,
    );
    const r = await problemOf(inspectScriptArchive(zip, { testType: 'jmeter' }));
    expect(r.problem).toBe('unsafe-path');
    expect(r.message).toContain(why);
  });

  it('refuses symbolic links, from yazl and from hand-set attributes', async () => {
    const viaYazl = await zipOf([
      { name: 'test.jmx', data: 'x' },
      { name: 'link', data: '/etc/passwd', mode: 0o120777 },
    ]);
    const r = await problemOf(inspectScriptArchive(viaYazl, { testType: 'jmeter' }));
    expect(r.problem).toBe('symlink');
    expect(r.message).toContain('"link"');
    const patched = setUnixMode(
      await zipOf([
        { name: 'test.jmx', data: 'x' },
        { name: 'data.csv', data: '../../etc/passwd' },
      ]),
      'data.csv',
      0o120644,
    );
    expect((await problemOf(inspectScriptArchive(patched, { testType: 'jmeter' }))).problem).toBe('symlink');
  });

  it('refuses devices and FIFOs', async () => {
    const zip = setUnixMode(
      await zipOf([
        { name: 'test.jmx', data: 'x' },
        { name: 'pipe', data: 'x' },
      ]),
      'pipe',
      0o010644,
    );
    expect((await problemOf(inspectScriptArchive(zip, { testType: 'jmeter' }))).problem).toBe('special-file');
  });

  it('refuses encrypted entries', async () => {
    const zip = setFlags(
      await zipOf([
        { name: 'test.jmx', data: 'x' },
        { name: 'secret.csv', data: 'x' },
      ]),
      'secret.csv',
      0x1,
    );
    const r = await problemOf(inspectScriptArchive(zip, { testType: 'jmeter' }));
    expect(r.problem).toBe('encrypted');
    expect(r.message).toContain('secret.csv');
  });

  it('refuses a high compression ratio (zip bomb)', async () => {
    const zip = await zipOf([
      { name: 'test.jmx', data: 'x' },
      { name: 'zeros.csv', data: Buffer.alloc(8 * 1024 * 1024) },
    ]);
    const r = await problemOf(inspectScriptArchive(zip, { testType: 'jmeter' }));
    expect(r.problem).toBe('compression-ratio');
  });

  it('refuses a file declared over 50 MB, and too much in total', async () => {
    const big = declareSize(
      await zipOf([
        { name: 'test.jmx', data: 'x' },
        { name: 'big.csv', data: Buffer.alloc(4096, 1) },
      ]),
      'big.csv',
      51 * 1024 * 1024,
    );
    const r = await problemOf(inspectScriptArchive(big, { testType: 'jmeter' }));
    expect(r.problem).toBe('entry-too-large');
    expect(r.message).toContain('51 MB');
    const many = await zipOf([
      { name: 'test.jmx', data: 'x' },
      { name: 'a.csv', data: Buffer.alloc(3000, 1) },
      { name: 'b.csv', data: Buffer.alloc(3000, 1) },
    ]);
    const total = await problemOf(
      inspectScriptArchive(many, { testType: 'jmeter', limits: { maxTotalBytes: 5000 } }),
    );
    expect(total.problem).toBe('total-too-large');
  });

  it('refuses too many entries', async () => {
    const zip = await zipOf(Array.from({ length: 6 }, (_, i) => ({ name: `f${i}.jmx`, data: 'x' })));
    const r = await problemOf(inspectScriptArchive(zip, { testType: 'jmeter', limits: { maxEntries: 5 } }));
    expect(r.problem).toBe('too-many-entries');
    expect(r.message).toBe('The zip archive has 6 entries; at most 5 are accepted.');
  });

  it('refuses an archive over the upload size', async () => {
    const zip = await zipOf([{ name: 'test.jmx', data: 'x' }]);
    const r = await problemOf(
      inspectScriptArchive(zip, { testType: 'jmeter', limits: { maxArchiveBytes: 10 } }),
    );
    expect(r.problem).toBe('archive-too-large');
  });

  it('refuses the same path twice, and a path that is both a file and a folder', async () => {
    const twice = renameEntry(
      await zipOf([
        { name: 'a.jmx', data: 'x' },
        { name: 'b.jmx', data: 'y' },
      ]),
      'b.jmx',
      'a.jmx',
    );
    expect((await problemOf(inspectScriptArchive(twice, { testType: 'jmeter' }))).problem).toBe(
      'duplicate-entry',
    );
    const both = await zipOf([
      { name: 'a.jmx', data: 'x' },
      { name: 'data', data: 'x' },
      { name: 'data/x.csv', data: 'x' },
    ]);
    expect((await problemOf(inspectScriptArchive(both, { testType: 'jmeter' }))).problem).toBe(
      'duplicate-entry',
    );
  });

  it('refuses file types the test type has no use for', async () => {
    const k6Jar = await zipOf([
      { name: 'test.js', data: 'x' },
      { name: 'plugins/x.jar', data: 'x' },
    ]);
    const r = await problemOf(inspectScriptArchive(k6Jar, { testType: 'k6' }));
    expect(r).toEqual({
      problem: 'file-type',
      message: 'The zip archive contains "plugins/x.jar": a k6 test cannot use JAR files.',
    });
    const strayJar = await zipOf([
      { name: 'test.jmx', data: 'x' },
      { name: 'lib/x.jar', data: 'x' },
    ]);
    const s = await problemOf(inspectScriptArchive(strayJar, { testType: 'jmeter' }));
    expect(s.message).toContain('belong in the plugins/ folder');
    const native = await zipOf([
      { name: 'locustfile.py', data: 'x' },
      { name: 'libfast.so.1', data: 'x' },
    ]);
    expect((await problemOf(inspectScriptArchive(native, { testType: 'locust' }))).problem).toBe('file-type');
  });

  it('refuses what is not a zip', async () => {
    const r = await problemOf(inspectScriptArchive(Buffer.from('<jmeterTestPlan/>'), { testType: 'jmeter' }));
    expect(r.problem).toBe('not-a-zip');
    expect(r.message).toMatch(/^The file is not a readable zip archive/);
  });
});
