/** Compiles the JMeter 2.13 launcher once per source version into a cache folder shared by runs. */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { access, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { LAUNCHER_CLASS, LAUNCHER_SOURCE } from './launcher-source.js';

/** `$XDG_CACHE_HOME/dlt/jmeter-launcher`, or `~/.cache/dlt/jmeter-launcher`. */
export function defaultLauncherCache(env: NodeJS.ProcessEnv = process.env): string {
  const base =
    env.XDG_CACHE_HOME && env.XDG_CACHE_HOME !== '' ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, 'dlt', 'jmeter-launcher');
}

function sourceHash(): string {
  return createHash('sha256').update(LAUNCHER_SOURCE).digest('hex').slice(0, 16);
}

/**
 * The folder holding the compiled launcher class (put it on the classpath). Compiled into a temporary folder and
 * renamed into place, so concurrent workers never see half a class; the first rename wins and the rest discard
 * theirs. Falls back to `fallbackDir` when the cache cannot be written (a read-only home).
 */
export async function ensureLauncher(options: {
  javac: string;
  jmeterJar: string;
  cacheDir?: string;
  fallbackDir: string;
}): Promise<string> {
  const cacheRoot = options.cacheDir ?? defaultLauncherCache();
  try {
    return await compileInto(cacheRoot, options.javac, options.jmeterJar);
  } catch (cacheError) {
    try {
      return await compileInto(options.fallbackDir, options.javac, options.jmeterJar);
    } catch {
      throw cacheError;
    }
  }
}

async function compileInto(root: string, javac: string, jmeterJar: string): Promise<string> {
  const target = join(root, sourceHash());
  if (await exists(join(target, `${LAUNCHER_CLASS}.class`))) return target;
  await mkdir(root, { recursive: true });
  const work = await mkdtemp(join(root, '.build-'));
  try {
    const source = join(work, `${LAUNCHER_CLASS}.java`);
    const classes = join(work, 'classes');
    await writeFile(source, LAUNCHER_SOURCE);
    await run(javac, ['-nowarn', '-cp', jmeterJar, '-d', classes, source]);
    try {
      await rename(classes, target);
    } catch (error) {
      // Another worker got there first.
      if (!(await exists(join(target, `${LAUNCHER_CLASS}.class`)))) throw error;
    }
    return target;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      if (stderr.length < 8192) stderr += c;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(`${command} failed to compile the JMeter launcher (exit ${code}): ${stderr.trim()}`),
        );
    });
  });
}
