/** Finds the JMeter to run and how to start it: directly, or through the launcher for the old Debian 2.13. */
import { access, readFile, realpath } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readArchiveEntry } from '@dlt/shared';
import { findOnPath } from '../engine-process.js';

export const JMETER_HINT =
  'install Apache JMeter 5.6.3 (https://jmeter.apache.org/download_jmeter.cgi) and put its bin/ on PATH or set JMETER_HOME; Debian\'s "jmeter" package (2.13) also works when a JDK (javac) is installed';

export type JmeterInstall =
  | { mode: 'direct'; home: string; version: string | undefined; jmeter: string }
  | { mode: 'launcher'; home: string; version: string | undefined; java: string; javac: string; jar: string };

export type JmeterLookup = { ok: true; install: JmeterInstall } | { ok: false; hint: string };

async function isFile(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** JMETER_HOME, else the home of the `jmeter` on PATH: a tarball's bin/jmeter, or Debian's wrapper script. */
async function findHome(env: NodeJS.ProcessEnv): Promise<{ home: string; script?: string } | undefined> {
  const fromEnv = env.JMETER_HOME;
  if (fromEnv && (await isFile(join(fromEnv, 'bin', 'ApacheJMeter.jar')))) {
    const script = join(fromEnv, 'bin', 'jmeter');
    return (await isFile(script)) ? { home: fromEnv, script } : { home: fromEnv };
  }
  const onPath = await findOnPath('jmeter', env.PATH ?? '');
  if (onPath === undefined) return undefined;
  const real = await realpath(onPath);
  const binDir = dirname(real);
  if (await isFile(join(binDir, 'ApacheJMeter.jar'))) return { home: dirname(binDir), script: onPath };
  // Debian's /usr/bin/jmeter is a wrapper that names the home with -Djmeter.home=...
  const text = await readFile(real, 'utf8').catch(() => '');
  const home = /-Djmeter\.home=(\S+)/.exec(text)?.[1]?.replace(/["']/g, '');
  if (home && (await isFile(join(home, 'bin', 'ApacheJMeter.jar')))) return { home, script: onPath };
  return undefined;
}

/** `Implementation-Version` of bin/ApacheJMeter.jar, e.g. "5.6.3" or Debian's "2.13.19691222". */
export async function jmeterVersion(home: string): Promise<string | undefined> {
  const manifest = await readArchiveEntry(
    join(home, 'bin', 'ApacheJMeter.jar'),
    'META-INF/MANIFEST.MF',
  ).catch(() => undefined);
  return manifest ? /^Implementation-Version:\s*(\S+)/m.exec(manifest.toString('utf8'))?.[1] : undefined;
}

/** JMeter before 3.0 needs the launcher on today's Java and XStream; 3.0 and later run as shipped. */
export function needsLauncher(version: string | undefined): boolean {
  const major = Number(version?.split('.')[0]);
  return Number.isFinite(major) && major < 3;
}

async function javaTool(name: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  if (env.JAVA_HOME) {
    const candidate = join(env.JAVA_HOME, 'bin', name);
    if (await isFile(candidate)) return candidate;
  }
  return findOnPath(name, env.PATH ?? '');
}

export async function locateJmeter(env: NodeJS.ProcessEnv = process.env): Promise<JmeterLookup> {
  const found = await findHome(env);
  if (found === undefined) return { ok: false, hint: `JMeter is not installed: ${JMETER_HINT}` };
  const version = await jmeterVersion(found.home);
  if (!needsLauncher(version)) {
    const jmeter = found.script ?? join(found.home, 'bin', 'jmeter');
    return { ok: true, install: { mode: 'direct', home: found.home, version, jmeter } };
  }
  const java = await javaTool('java', env);
  const javac = await javaTool('javac', env);
  if (java === undefined || javac === undefined) {
    return {
      ok: false,
      hint: `JMeter ${version} needs a small launcher compiled with javac on this Java: install a JDK (apt-get install default-jdk-headless), or ${JMETER_HINT}`,
    };
  }
  const jar = join(found.home, 'bin', 'ApacheJMeter.jar');
  return { ok: true, install: { mode: 'launcher', home: found.home, version, java, javac, jar } };
}
