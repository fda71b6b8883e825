/**
 * Runs a JMeter plan with JMeter itself (no Taurus) and reads every sample from the CSV JTL while it runs.
 * Stopping: the UDP shutdown port is disabled, so the process group gets SIGTERM (the JVM exits; autoflush has
 * written every finished sample) and SIGKILL 5 s later if it is still there.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type {
  EngineAvailability,
  SampleSink,
  ScriptEngineAdapter,
  ScriptRunOutcome,
  ScriptRunRequest,
} from '../contract.js';
import { runEngineProcess } from '../engine-process.js';
import { tailFile } from '../file-tail.js';
import { runDeadlineMs } from '../profile.js';
import { JtlSamples } from '../taurus/jtl-samples.js';
import { jmeterArgs, jvmArgs } from './command.js';
import { type JmeterInstall, type JmeterLookup, locateJmeter } from './install.js';
import { ensureLauncher } from './launcher.js';
import { LAUNCHER_CLASS } from './launcher-source.js';
import { applyScenarioProfile } from './plan.js';

const JMETER_STOP_SEC = 5;

export interface JmeterAdapterOptions {
  /** Where JMeter is looked for (JMETER_HOME, PATH, JAVA_HOME). */
  env?: NodeJS.ProcessEnv;
  /** The compiled launcher's cache (default `$XDG_CACHE_HOME/dlt/jmeter-launcher`). */
  launcherCacheDir?: string;
}

export class JmeterAdapter implements ScriptEngineAdapter {
  readonly name = 'jmeter' as const;
  readonly engines = ['jmeter'] as const;
  private lookup: Promise<JmeterLookup> | undefined;

  constructor(private readonly options: JmeterAdapterOptions = {}) {}

  private locate(): Promise<JmeterLookup> {
    this.lookup ??= locateJmeter(this.options.env ?? process.env);
    return this.lookup;
  }

  async availability(): Promise<EngineAvailability> {
    const found = await this.locate();
    if (!found.ok) return { available: false, hint: found.hint };
    return found.install.version === undefined
      ? { available: true }
      : { available: true, version: found.install.version };
  }

  async run(request: ScriptRunRequest, sink: SampleSink): Promise<ScriptRunOutcome> {
    const found = await this.locate();
    if (!found.ok) return { exitCode: 127, stopped: false, stderrTail: found.hint };
    const planPath = await this.planFor(request);
    const jtlPath = join(request.outputDir, 'results.jtl');
    const args = jmeterArgs({ planPath, jtlPath, logPath: join(request.outputDir, 'jmeter.log') });
    args.push(...(await pluginArgs(request.scriptPath)));
    const { command, commandArgs } = await this.command(found.install, args, request.outputDir);
    const reader = new JtlSamples(sink, { timestamp: 'start' });
    const tail = tailFile(jtlPath, (text) => reader.push(text));
    try {
      const { outcome } = runEngineProcess(command, commandArgs, {
        cwd: request.workDir,
        env: this.options.env ?? {},
        signal: request.signal,
        deadlineMs: runDeadlineMs(request, JMETER_STOP_SEC),
        killAfterMs: JMETER_STOP_SEC * 1000,
      });
      return await outcome;
    } finally {
      await tail.finish();
      reader.end();
      if (planPath !== request.scriptPath) await rm(planPath, { force: true });
    }
  }

  /** The plan to run: the user's own with `loadProfile: script`, else a rewritten copy beside it. */
  private async planFor(request: ScriptRunRequest): Promise<string> {
    if (request.loadProfile === 'script') return request.scriptPath;
    const xml = await readFile(request.scriptPath, 'utf8');
    const rewritten = applyScenarioProfile(xml, {
      concurrency: request.concurrency,
      rampUpSec: request.rampUpSec,
      holdForSec: request.holdForSec,
      ...(request.iterations === undefined ? {} : { iterations: request.iterations }),
      ...(request.throughput === undefined ? {} : { throughput: request.throughput }),
    });
    // Beside the original: JMeter resolves a plan's relative file paths (CSV data sets) from the plan's folder.
    const copy = join(dirname(request.scriptPath), `.dlt-profile-${basename(request.scriptPath)}`);
    await writeFile(copy, rewritten.xml);
    return copy;
  }

  private async command(
    install: JmeterInstall,
    args: string[],
    outputDir: string,
  ): Promise<{ command: string; commandArgs: string[] }> {
    if (install.mode === 'direct') return { command: install.jmeter, commandArgs: args };
    const classes = await ensureLauncher({
      javac: install.javac,
      jmeterJar: install.jar,
      fallbackDir: join(outputDir, 'launcher'),
      ...(this.options.launcherCacheDir === undefined ? {} : { cacheDir: this.options.launcherCacheDir }),
    });
    const env = this.options.env ?? process.env;
    return {
      command: install.java,
      commandArgs: [
        ...jvmArgs(env),
        `-Djmeter.home=${install.home}`,
        '-cp',
        `${classes}:${install.jar}`,
        LAUNCHER_CLASS,
        ...args,
      ],
    };
  }
}

/**
 * JMeter plugin JARs shipped with the script (`plugins/` beside the plan, as in DLT): JMeter loads them from there
 * (`user.classpath`) and finds their functions and elements there (`search_paths`), so nothing is copied into the
 * JMeter installation. Unlike DLT, a JAR does not replace a bundled plugin of the same name: both are loaded.
 */
export async function pluginArgs(scriptPath: string): Promise<string[]> {
  const dir = join(dirname(scriptPath), 'plugins');
  const jars = await readdir(dir).then(
    (names) => names.filter((n) => n.toLowerCase().endsWith('.jar')),
    () => [],
  );
  return jars.length === 0 ? [] : [`-Jsearch_paths=${dir}`, `-Juser.classpath=${dir}`];
}

/** The adapter for the registry (select.ts): `direct: { ..., jmeter: createJmeterAdapter() }`. */
export function createJmeterAdapter(options?: JmeterAdapterOptions): JmeterAdapter {
  return new JmeterAdapter(options);
}
