import { describe, expect, it } from 'vitest';
import type { SampleSink, ScriptEngineAdapter, ScriptRunOutcome, ScriptRunRequest } from './contract.js';
import { ScriptEngineError, ScriptEngineRunner, type ScriptRunSpec } from './runner.js';

/** An adapter of the test's own: reports the samples it is given, spread over `runMs`, then exits with `exitCode`. */
class ScriptedAdapter implements ScriptEngineAdapter {
  readonly name = 'locust' as const;
  readonly engines = ['locust'] as const;
  seen: ScriptRunRequest | undefined;

  constructor(
    private readonly samples: number,
    private readonly runMs: number,
    private readonly exitCode = 0,
  ) {}

  async availability() {
    return { available: true as const };
  }

  async run(request: ScriptRunRequest, sink: SampleSink): Promise<ScriptRunOutcome> {
    this.seen = request;
    sink.users?.(2);
    for (let i = 0; i < this.samples; i++) {
      if (request.signal.aborted) return { exitCode: 143, stopped: true, stderrTail: '' };
      const now = Date.now();
      sink.add({
        startedAtMs: now - 5,
        label: i % 2 === 0 ? 'a' : 'b',
        status: 200,
        success: true,
        latencyMs: 5,
        bytes: 10,
      });
      await new Promise((r) => setTimeout(r, this.runMs / this.samples));
    }
    return {
      exitCode: this.exitCode,
      stopped: false,
      stderrTail: this.exitCode === 0 ? '' : 'boom: bad script',
    };
  }
}

const spec: ScriptRunSpec = {
  engine: 'locust',
  workDir: '/w',
  scriptPath: '/w/locustfile.py',
  loadProfile: 'scenario',
  concurrency: 2,
  rampUpSec: 0,
  holdForSec: 2,
};

describe('ScriptEngineRunner', () => {
  it('emits closed seconds while the engine runs and exact totals at the end', async () => {
    const adapter = new ScriptedAdapter(60, 2500);
    const seconds: number[] = [];
    let liveDuringRun = 0;
    let running = true;
    const result = await new ScriptEngineRunner(adapter, spec).run(Date.now(), (s) => {
      seconds.push(s.total.requests);
      if (running) liveDuringRun++;
    });
    running = false;
    expect(liveDuringRun).toBeGreaterThan(0);
    expect(seconds.reduce((a, b) => a + b, 0)).toBe(60);
    expect(result.labels).toEqual(['a', 'b']);
    expect(result.byLabel.map((c) => c.requests)).toEqual([30, 30]);
    expect(result.samples).toBe(60);
    expect(adapter.seen?.outputDir).toBeTypeOf('string');
  });

  it('turns a failed engine into an error naming the script, the exit code and its stderr', async () => {
    const runner = new ScriptEngineRunner(new ScriptedAdapter(1, 10, 1), spec);
    await expect(runner.run(Date.now())).rejects.toThrow(ScriptEngineError);
    await expect(new ScriptEngineRunner(new ScriptedAdapter(1, 10, 1), spec).run(Date.now())).rejects.toThrow(
      'locust failed running /w/locustfile.py (exit code 1):\nboom: bad script',
    );
  });

  it('stop() ends the run without an error, keeping what was reported', async () => {
    const runner = new ScriptEngineRunner(new ScriptedAdapter(1000, 20_000), spec);
    const done = runner.run(Date.now());
    await new Promise((r) => setTimeout(r, 200));
    runner.stop();
    const result = await done;
    expect(result.outcome.stopped).toBe(true);
    expect(result.samples).toBeGreaterThan(0);
    expect(result.byLabel.reduce((n, c) => n + c.requests, 0)).toBe(result.samples);
  });
});
