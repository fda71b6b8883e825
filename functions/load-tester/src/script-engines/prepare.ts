import { access, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { extractScriptArchive } from '@dlt/shared';
import type { ScriptTaskPlan } from './task-plan.js';

/** The script a task runs, on disk. */
export interface PreparedScript {
  /** The engine's working folder: the unpacked zip, or the script's own folder. */
  workDir: string;
  scriptPath: string;
  /** JMeter plugin JARs found in the zip's plugins/ folder. */
  pluginJars: string[];
  /** Removes what preparing created (never the user's own folder). */
  cleanup(): Promise<void>;
}

/** The script cannot be found or unpacked; the message is for the user. */
export class ScriptPrepareError extends Error {}

async function unpack(archive: string, plan: ScriptTaskPlan, created: string): Promise<PreparedScript> {
  const workDir = join(created, 'work');
  try {
    const out = await extractScriptArchive(archive, workDir, { testType: plan.engine });
    return {
      workDir,
      scriptPath: out.scriptPath,
      pluginJars: out.pluginJars,
      cleanup: () => rm(created, { recursive: true, force: true }),
    };
  } catch (err) {
    await rm(created, { recursive: true, force: true });
    throw new ScriptPrepareError(`cannot use ${basename(archive)}: ${(err as Error).message}`);
  }
}

/**
 * File host (`dlt run`): the config names a path, relative to the config file. A single file runs where it is
 * (so files next to it are found); a zip is unpacked (checked by the shared extractor) into a temporary folder.
 */
export async function prepareLocalScript(plan: ScriptTaskPlan, configDir: string): Promise<PreparedScript> {
  const path = isAbsolute(plan.script) ? plan.script : resolve(configDir, plan.script);
  try {
    await access(path);
  } catch {
    throw new ScriptPrepareError(`scenario ${plan.scenario} runs ${path}, which does not exist`);
  }
  if (plan.extension === 'zip') {
    return unpack(path, plan, await mkdtemp(join(tmpdir(), 'dlt-script-')));
  }
  return { workDir: dirname(path), scriptPath: path, pluginJars: [], cleanup: async () => {} };
}

/**
 * Task host: the uploaded object's bytes are written to a temporary folder and unpacked (a zip) or copied (a
 * single script) into its work folder by the shared extractor, which refuses unsafe archives.
 */
export async function prepareDownloadedScript(
  plan: ScriptTaskPlan,
  bytes: Uint8Array,
): Promise<PreparedScript> {
  const created = await mkdtemp(join(tmpdir(), 'dlt-script-'));
  const download = join(created, 'download');
  await mkdir(download);
  const file = join(download, basename(plan.script));
  await writeFile(file, bytes);
  return unpack(file, plan, created);
}
