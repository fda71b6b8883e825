import { describe, expect, it } from 'vitest';
import { K6Adapter } from './k6/adapter.js';
import { LocustAdapter } from './locust/adapter.js';
import {
  type AdapterRegistry,
  parseAdapterChoice,
  ScriptEngineUnavailable,
  selectAdapter,
} from './select.js';
import { TaurusAdapter } from './taurus/adapter.js';

/** Real adapters; the "missing" ones point at commands that do not exist. */
function registry(installed: { bzt: boolean; locust: boolean }): AdapterRegistry {
  return {
    taurus: new TaurusAdapter(installed.bzt ? 'node' : 'bzt-not-installed-here'),
    direct: {
      locust: new LocustAdapter(installed.locust ? 'node' : 'locust-not-installed-here'),
      k6: new K6Adapter('k6-not-installed-here'),
    },
  };
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ScriptEngineUnavailable);
    return (err as Error).message;
  }
  throw new Error('expected the selection to fail');
}

describe('selectAdapter', () => {
  it('auto: Taurus when bzt is on PATH, else the engine directly', async () => {
    const all = registry({ bzt: true, locust: true });
    expect((await selectAdapter('locust', 'auto', all, async () => true)).name).toBe('taurus');
    expect((await selectAdapter('locust', 'auto', all, async () => false)).name).toBe('locust');
  });

  it('direct and taurus force the choice', async () => {
    const all = registry({ bzt: true, locust: true });
    expect((await selectAdapter('locust', 'direct', all, async () => true)).name).toBe('locust');
    expect((await selectAdapter('k6', 'taurus', all, async () => false)).name).toBe('taurus');
  });

  it('a missing engine is an error that names the package to install', async () => {
    const none = registry({ bzt: false, locust: false });
    expect(await refusal(selectAdapter('locust', 'auto', none, async () => false))).toBe(
      "locust is not installed: install Debian's python3-locust (apt-get install python3-locust) or pip install locust",
    );
    expect(await refusal(selectAdapter('k6', 'direct', none))).toMatch(/^k6 is not installed/);
    expect(await refusal(selectAdapter('jmeter', 'taurus', none))).toMatch(
      /^Taurus \(bzt\) is not installed/,
    );
  });

  it('an engine without a direct adapter says how to run it anyway', async () => {
    expect(await refusal(selectAdapter('jmeter', 'direct', registry({ bzt: false, locust: true })))).toMatch(
      /cannot run jmeter scripts directly/,
    );
  });
});

describe('parseAdapterChoice', () => {
  it('defaults to auto and refuses unknown values', () => {
    expect(parseAdapterChoice(undefined)).toBe('auto');
    expect(parseAdapterChoice(' Direct ')).toBe('direct');
    expect(() => parseAdapterChoice('jmeter')).toThrow(
      'DLT_SCRIPT_ADAPTER must be one of auto, taurus, direct',
    );
  });
});
