import type { ScriptEngineAdapter, ScriptEngineName } from './contract.js';
import { findOnPath } from './engine-process.js';
import { createJmeterAdapter } from './jmeter/adapter.js';
import { K6Adapter } from './k6/adapter.js';
import { LocustAdapter } from './locust/adapter.js';
import { TaurusAdapter } from './taurus/adapter.js';

/** Chooses the adapter: `auto` (default) runs through Taurus when `bzt` is on PATH, else the engine directly. */
export const SCRIPT_ADAPTER_ENV = 'DLT_SCRIPT_ADAPTER';
export const ADAPTER_CHOICES = ['auto', 'taurus', 'direct'] as const;
export type AdapterChoice = (typeof ADAPTER_CHOICES)[number];

/** A missing engine, or an adapter that cannot run the engine; the message says what to install or set. */
export class ScriptEngineUnavailable extends Error {}

export interface AdapterRegistry {
  taurus: ScriptEngineAdapter;
  direct: Partial<Record<ScriptEngineName, ScriptEngineAdapter>>;
}

/** The adapters of this build. */
export function defaultRegistry(): AdapterRegistry {
  return {
    taurus: new TaurusAdapter(),
    direct: { jmeter: createJmeterAdapter(), locust: new LocustAdapter(), k6: new K6Adapter() },
  };
}

export function parseAdapterChoice(value: string | undefined): AdapterChoice {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '') return 'auto';
  if ((ADAPTER_CHOICES as readonly string[]).includes(v)) return v as AdapterChoice;
  throw new ScriptEngineUnavailable(
    `${SCRIPT_ADAPTER_ENV} must be one of ${ADAPTER_CHOICES.join(', ')}, got ${JSON.stringify(value)}`,
  );
}

/**
 * The adapter that will run `engine`, checked to be installed. Throws ScriptEngineUnavailable naming what to
 * install, e.g. "locust is not installed: install Debian's python3-locust (apt-get install python3-locust) ...".
 */
export async function selectAdapter(
  engine: ScriptEngineName,
  choice: AdapterChoice,
  registry: AdapterRegistry = defaultRegistry(),
  hasBzt: () => Promise<boolean> = async () => (await findOnPath('bzt')) !== undefined,
): Promise<ScriptEngineAdapter> {
  const useTaurus = choice === 'taurus' || (choice === 'auto' && (await hasBzt()));
  const adapter = useTaurus ? registry.taurus : registry.direct[engine];
  if (adapter === undefined) {
    throw new ScriptEngineUnavailable(
      `this worker cannot run ${engine} scripts directly (no ${engine} adapter in this build); install Taurus (pip install bzt) to run them through it`,
    );
  }
  if (!adapter.engines.includes(engine)) {
    throw new ScriptEngineUnavailable(`the ${adapter.name} adapter does not run ${engine} scripts`);
  }
  const availability = await adapter.availability();
  if (!availability.available) throw new ScriptEngineUnavailable(availability.hint);
  return adapter;
}
