// k6 and bzt cannot be installed here. These tests run the adapters against stand-in executables (shell scripts
// that write the documented result files the way the real tools do: appended while running) to test the adapters'
// own plumbing: the command line, tailing the file during the run, and exit codes. They say nothing about the
// real tools; see README.md.
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawSample, ScriptRunRequest } from './contract.js';
import { K6Adapter } from './k6/adapter.js';
import { TaurusAdapter } from './taurus/adapter.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dlt-stand-ins-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function executable(name: string, body: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, `#!/bin/sh\n${body}\n`);
  await chmod(path, 0o755);
  return path;
}

function request(overrides: Partial<ScriptRunRequest>): ScriptRunRequest {
  return {
    engine: 'k6',
    workDir: dir,
    scriptPath: join(dir, 'test.js'),
    loadProfile: 'scenario',
    concurrency: 2,
    rampUpSec: 0,
    holdForSec: 1,
    outputDir: dir,
    signal: new AbortController().signal,
    ...overrides,
  };
}

const HEADER =
  'metric_name,timestamp,metric_value,check,error,error_code,expected_response,group,method,name,proto,scenario,status,subproto,tls_version,url,extra_tags';

describe('K6Adapter.run with a stand-in k6', () => {
  it('passes its arguments, reads the CSV as it grows, and takes exit 99 (thresholds) as a result', async () => {
    const now = Date.now();
    const row = (metric: string, value: number, ts: number) =>
      `${metric},${ts},${value},,,,true,,GET,home,HTTP/1.1,default,200,,,http://t/,`;
    const k6 = await executable(
      'k6',
      [
        `echo "$@" > "${join(dir, 'k6-args.txt')}"`,
        'for a in "$@"; do case "$a" in csv=*) out=$(printf %s "$a" | sed "s/^csv=//");; esac; done',
        `echo '${HEADER}' >> "$out"`,
        `echo '${row('http_reqs', 1, now)}' >> "$out"`,
        `echo '${row('http_req_duration', 12.5, now)}' >> "$out"`,
        'sleep 0.5',
        `echo '${row('http_reqs', 1, now + 500)}' >> "$out"`,
        `echo '${row('http_req_duration', 7, now + 500)}' >> "$out"`,
        'exit 99',
      ].join('\n'),
    );
    const samples: RawSample[] = [];
    const outcome = await new K6Adapter(k6).run(request({}), { add: (s) => samples.push(s) });
    expect(outcome).toMatchObject({ exitCode: 99, failed: false, stopped: false });
    expect(samples.map((s) => [s.label, s.latencyMs, s.status])).toEqual([
      ['home', 12.5, 200],
      ['home', 7, 200],
    ]);
    const args = (await readFile(join(dir, 'k6-args.txt'), 'utf8')).trim();
    expect(args).toBe(
      `run --quiet --no-color --out csv=${join(dir, 'k6-samples.csv')} --vus 2 --duration 1s ${join(dir, 'test.js')}`,
    );
  });

  it('reports any other non-zero exit as a failure', async () => {
    const k6 = await executable('k6-broken', 'echo "SyntaxError: Unexpected token" >&2; exit 107');
    const outcome = await new K6Adapter(k6).run(request({}), { add: () => {} });
    expect(outcome).toMatchObject({
      exitCode: 107,
      failed: true,
      stderrTail: 'SyntaxError: Unexpected token',
    });
  });
});

describe('TaurusAdapter.run with a stand-in bzt', () => {
  it('writes the config, and reads kpi.jtl from the configured artifacts folder while bzt runs', async () => {
    // The stand-in reads artifacts-dir from the generated config (JSON) and writes a JMeter-style kpi.jtl there.
    const bzt = await executable(
      'bzt',
      [
        `cp "$1" "${join(dir, 'bzt-config.yml')}"`,
        `artifacts=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).settings["artifacts-dir"])' "$1")`,
        'echo "timeStamp,elapsed,label,responseCode,responseMessage,success,bytes,allThreads,Connect" >> "$artifacts/kpi.jtl"',
        'echo "1795000000000,20,home,200,OK,true,100,2,1" >> "$artifacts/kpi.jtl"',
        'sleep 0.3',
        'echo "1795000000100,30,home,500,Server Error,false,50,2,0" >> "$artifacts/kpi.jtl"',
      ].join('\n'),
    );
    const samples: RawSample[] = [];
    const outputDir = await mkdtemp(join(dir, 'taurus-'));
    const outcome = await new TaurusAdapter(bzt).run(
      request({ engine: 'jmeter', scriptPath: join(dir, 'plan.jmx'), outputDir }),
      { add: (s) => samples.push(s) },
    );
    expect(outcome.exitCode).toBe(0);
    expect(samples.map((s) => [s.startedAtMs, s.status, s.success, s.connectMs])).toEqual([
      [1795000000000, 200, true, 1],
      [1795000000100, 500, false, 0],
    ]);
    const config = JSON.parse(await readFile(join(dir, 'bzt-config.yml'), 'utf8'));
    expect(config.execution[0]).toMatchObject({ executor: 'jmeter', concurrency: 2, 'hold-for': '1s' });
    expect(config.settings['artifacts-dir']).toBe(join(outputDir, 'artifacts'));
  });
});
