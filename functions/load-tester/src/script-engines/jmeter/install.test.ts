/**
 * Finding JMeter and choosing how to start it, with stand-in JMeter folders (a real ApacheJMeter.jar is only a
 * manifest as far as the lookup is concerned), and direct mode run end to end with a stand-in `bin/jmeter`.
 */
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipOf } from '../../../../shared/src/scripts/test-zips.js';
import type { RawSample } from '../contract.js';
import { createJmeterAdapter } from './adapter.js';
import { locateJmeter, needsLauncher } from './install.js';

let base: string;
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'dlt-jmeter-install-'));
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

/** A stand-in `bin/jmeter`: records its arguments, and writes a two-row JTL where `-l` says. */
const FAKE_JMETER = `#!/bin/sh
printf '%s\\n' "$@" > "$(dirname "$0")/args.txt"
jtl=""
while [ $# -gt 0 ]; do
  if [ "$1" = "-l" ]; then jtl="$2"; fi
  shift
done
printf 'timeStamp,elapsed,label,responseCode,responseMessage,success,failureMessage,bytes,allThreads,Connect\\n' > "$jtl"
printf '1700000000000,12,home,200,OK,true,,321,1,3\\n' >> "$jtl"
printf '1700000000100,7,home,"Non HTTP response code: java.net.SocketTimeoutException","Read timed out, giving up",false,,0,1,0\\n' >> "$jtl"
`;

async function fakeHome(name: string, version: string, script = true): Promise<string> {
  const home = join(base, name);
  await mkdir(join(home, 'bin'), { recursive: true });
  const manifest = `Manifest-Version: 1.0\r\nImplementation-Version: ${version}\r\nMain-Class: org.apache.jmeter.NewDriver\r\n`;
  await writeFile(
    join(home, 'bin', 'ApacheJMeter.jar'),
    await zipOf([{ name: 'META-INF/MANIFEST.MF', data: manifest }]),
  );
  if (script) {
    await writeFile(join(home, 'bin', 'jmeter'), FAKE_JMETER);
    await chmod(join(home, 'bin', 'jmeter'), 0o755);
  }
  return home;
}

describe('locateJmeter', () => {
  it('runs JMeter 3.0 and later directly', async () => {
    const home = await fakeHome('modern', '5.6.3');
    const found = await locateJmeter({ JMETER_HOME: home, PATH: '' });
    expect(found).toEqual({
      ok: true,
      install: { mode: 'direct', home, version: '5.6.3', jmeter: join(home, 'bin', 'jmeter') },
    });
  });

  it('starts older versions through the launcher, which needs java and javac', async () => {
    const home = await fakeHome('old', '2.13.19691222');
    const jdk = join(base, 'jdk');
    await mkdir(join(jdk, 'bin'), { recursive: true });
    const noJdk = await locateJmeter({ JMETER_HOME: home, PATH: '' });
    expect(noJdk.ok).toBe(false);
    expect(noJdk.ok === false && noJdk.hint).toContain('install a JDK');
    for (const tool of ['java', 'javac']) await writeFile(join(jdk, 'bin', tool), '');
    const found = await locateJmeter({ JMETER_HOME: home, JAVA_HOME: jdk, PATH: '' });
    expect(found).toMatchObject({
      ok: true,
      install: { mode: 'launcher', version: '2.13.19691222', java: join(jdk, 'bin', 'java') },
    });
  });

  it('names what to install when there is no JMeter', async () => {
    const found = await locateJmeter({ PATH: join(base, 'nothing-here') });
    expect(found.ok).toBe(false);
    expect(found.ok === false && found.hint).toMatch(
      /^JMeter is not installed: install Apache JMeter 5\.6\.3/,
    );
  });

  it('needsLauncher only below 3.0', () => {
    expect(needsLauncher('2.13.19691222')).toBe(true);
    expect(needsLauncher('3.0')).toBe(false);
    expect(needsLauncher('5.6.3')).toBe(false);
    expect(needsLauncher(undefined)).toBe(false);
  });
});

describe('direct mode', () => {
  it('passes the JTL and safety properties to bin/jmeter and reads its JTL (quoted fields included)', async () => {
    const home = await fakeHome('direct-run', '5.6.3');
    const work = join(base, 'direct-work');
    const out = join(base, 'direct-out');
    await mkdir(work, { recursive: true });
    await mkdir(out, { recursive: true });
    await writeFile(join(work, 'plan.jmx'), '<jmeterTestPlan/>');
    const samples: RawSample[] = [];
    const outcome = await createJmeterAdapter({ env: { ...process.env, JMETER_HOME: home } }).run(
      {
        engine: 'jmeter',
        workDir: work,
        scriptPath: join(work, 'plan.jmx'),
        loadProfile: 'script',
        concurrency: 1,
        rampUpSec: 0,
        holdForSec: 1,
        outputDir: out,
        signal: new AbortController().signal,
      },
      { add: (s) => samples.push(s) },
    );
    expect(outcome).toMatchObject({ exitCode: 0, stopped: false });
    const args = (await readFile(join(home, 'bin', 'args.txt'), 'utf8')).trim().split('\n');
    expect(args.slice(0, 7)).toEqual([
      '-n',
      '-t',
      join(work, 'plan.jmx'),
      '-l',
      join(out, 'results.jtl'),
      '-j',
      join(out, 'jmeter.log'),
    ]);
    expect(args).toContain('-Jjmeterengine.nongui.port=0');
    expect(args).toContain('-Jjmeter.save.saveservice.print_field_names=true');
    expect(args).toContain('-Jjmeter.save.saveservice.connect_time=true');
    expect(samples).toEqual([
      {
        startedAtMs: 1700000000000,
        label: 'home',
        status: 200,
        success: true,
        latencyMs: 12,
        bytes: 321,
        connectMs: 3,
      },
      {
        startedAtMs: 1700000000100,
        label: 'home',
        status: 0,
        success: false,
        latencyMs: 7,
        bytes: 0,
        connectMs: 0,
        message: 'Non HTTP response code: java.net.SocketTimeoutException',
        failure: 'timeout',
      },
    ]);
  });
});
