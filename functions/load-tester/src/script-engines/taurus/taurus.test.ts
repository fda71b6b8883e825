import { describe, expect, it } from 'vitest';
import type { RawSample, ScriptRunRequest } from '../contract.js';
import { TaurusAdapter } from './adapter.js';
import { TAURUS_RAW_RESULTS, TAURUS_SCENARIO, taurusConfig, taurusConfigText } from './config.js';
import { JtlSamples } from './jtl-samples.js';

function request(overrides: Partial<ScriptRunRequest> = {}): ScriptRunRequest {
  return {
    engine: 'jmeter',
    workDir: '/work/script',
    scriptPath: '/work/script/plan.jmx',
    loadProfile: 'scenario',
    concurrency: 20,
    rampUpSec: 30,
    holdForSec: 120,
    outputDir: '/tmp/out',
    signal: new AbortController().signal,
    ...overrides,
  };
}

describe('taurusConfig', () => {
  it('puts the scenario profile on execution[0] and the script on the one scenario', () => {
    const config = taurusConfig(
      request({ iterations: 10, throughput: 50, host: 'https://target.example' }),
      '/tmp/out/artifacts',
    );
    expect(config.execution).toEqual([
      {
        executor: 'jmeter',
        scenario: TAURUS_SCENARIO,
        concurrency: 20,
        'ramp-up': '30s',
        'hold-for': '120s',
        iterations: 10,
        throughput: 50,
      },
    ]);
    expect(config.scenarios).toEqual({
      [TAURUS_SCENARIO]: { script: '/work/script/plan.jmx', 'default-address': 'https://target.example' },
    });
    expect(config.settings['artifacts-dir']).toBe('/tmp/out/artifacts');
    expect(config.modules).toEqual({ console: { disable: true } });
  });

  it("with loadProfile script, leaves out every override so the script's own profile runs", () => {
    const config = taurusConfig(
      request({
        engine: 'k6',
        scriptPath: '/s/test.js',
        loadProfile: 'script',
        iterations: 3,
        throughput: 9,
      }),
      '/a',
    );
    expect(config.execution).toEqual([{ executor: 'k6', scenario: TAURUS_SCENARIO }]);
  });

  it('omits a zero ramp-up and writes JSON, which bzt reads as YAML', () => {
    const config = taurusConfig(request({ engine: 'locust', rampUpSec: 0 }), '/a');
    expect(config.execution[0]).not.toHaveProperty('ramp-up');
    expect(JSON.parse(taurusConfigText(config))).toEqual(config);
  });

  it('reads the raw per-request files, never the final stats', () => {
    expect(TAURUS_RAW_RESULTS).toEqual({
      jmeter: { file: 'kpi.jtl', format: 'jtl' },
      locust: { file: 'kpi.jtl', format: 'jtl' },
      k6: { file: 'kpi.csv', format: 'k6-csv' },
    });
  });
});

function readJtl(text: string, timestamp: 'start' | 'end', chunk = text.length) {
  const samples: RawSample[] = [];
  const users: number[] = [];
  const reader = new JtlSamples({ add: (s) => samples.push(s), users: (n) => users.push(n) }, { timestamp });
  for (let i = 0; i < text.length; i += chunk) reader.push(text.slice(i, i + chunk));
  reader.end();
  return { samples, users, reader };
}

describe('JtlSamples (Taurus kpi.jtl)', () => {
  // As Taurus configures JMeter's kpi.jtl, plus failureMessage and Connect when the plan saves them.
  const jmeterKpi = [
    'timeStamp,elapsed,Latency,label,responseCode,responseMessage,success,bytes,grpThreads,allThreads,Connect,failureMessage',
    '1795000000100,25,20,home,200,OK,true,1234,5,10,3,',
    '1795000000200,40,39,login,200,OK,false,800,5,10,0,"Response was null, expected ""token"""',
    '1795000000300,1003,0,home,Non HTTP response code: java.net.ConnectException,Non HTTP response message: Connection refused,false,1500,5,9,1001,',
    '1795000000400,18,17,search,503,Service Unavailable,false,90,5,9,1,',
  ].join('\r\n');

  it('turns each row into a sample, with JMeter timestamps as start times', () => {
    const { samples, users } = readJtl(jmeterKpi, 'start');
    expect(samples[0]).toEqual({
      startedAtMs: 1795000000100,
      label: 'home',
      status: 200,
      success: true,
      latencyMs: 25,
      bytes: 1234,
      connectMs: 3,
    });
    expect(users).toEqual([10, 10, 9, 9]);
  });

  it('keeps an assertion failure on a 200 as a failure with its message verbatim', () => {
    const { samples } = readJtl(jmeterKpi, 'start');
    expect(samples[1]).toMatchObject({
      status: 200,
      success: false,
      message: 'Response was null, expected "token"',
    });
  });

  it('makes a non-HTTP response code status 0 with the failure kind and the code text as message', () => {
    const { samples } = readJtl(jmeterKpi, 'start');
    expect(samples[2]).toMatchObject({
      status: 0,
      success: false,
      failure: 'econnrefused',
      message: 'Non HTTP response code: java.net.ConnectException',
    });
    expect(samples[3]).toMatchObject({ status: 503, success: false, message: 'Service Unavailable' });
  });

  it("reads Taurus's Locust kpi.jtl, whose timestamps are end times", () => {
    const locustKpi = [
      'allThreads,timeStamp,label,method,elapsed,bytes,responseCode,responseMessage,success,Latency',
      '4,1795000001000,/,GET,12,11,200,OK,true,0',
      '4,1795000001050,/fail,GET,7,0,503,SERVICE UNAVAILABLE for url: http://127.0.0.1/fail,false,0',
    ].join('\n');
    const { samples } = readJtl(locustKpi, 'end', 5);
    expect(samples.map((s) => [s.startedAtMs, s.label, s.status, s.success])).toEqual([
      [1795000000988, '/', 200, true],
      [1795000001043, '/fail', 503, false],
    ]);
    expect(samples[1]!.message).toBe('SERVICE UNAVAILABLE for url: http://127.0.0.1/fail');
  });

  it('skips and counts rows without a time', () => {
    const { samples, reader } = readJtl('timeStamp,elapsed,label\nx,1,a\n5,1,b\n', 'start');
    expect(samples).toHaveLength(1);
    expect(reader.unreadable).toBe(1);
  });
});

describe('TaurusAdapter', () => {
  it('says how to install Taurus when bzt is not on PATH', async () => {
    expect(await new TaurusAdapter('bzt-not-installed-here').availability()).toEqual({
      available: false,
      hint: 'Taurus (bzt) is not installed: install Taurus (pip install bzt), or set DLT_SCRIPT_ADAPTER=direct',
    });
  });
});
