import { describe, expect, it } from 'vitest';
import { findOnPath, runEngineProcess } from './engine-process.js';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('runEngineProcess', () => {
  it('resolves with the exit code and the last stderr lines', async () => {
    const { outcome } = runEngineProcess('sh', ['-c', 'echo first >&2; echo second >&2; exit 3'], {
      cwd: '/',
      signal: new AbortController().signal,
    });
    expect(await outcome).toEqual({ exitCode: 3, stopped: false, stderrTail: 'first\nsecond' });
  });

  it('on abort stops the engine and everything it started (its process group)', async () => {
    const stop = new AbortController();
    const lines: string[] = [];
    const { outcome } = runEngineProcess('sh', ['-c', 'sleep 30 & echo $!; wait'], {
      cwd: '/',
      signal: stop.signal,
      onStdoutLine: (l) => lines.push(l),
    });
    for (let i = 0; i < 200 && lines.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    const grandchild = Number(lines[0]);
    expect(alive(grandchild)).toBe(true);
    stop.abort();
    const result = await outcome;
    expect(result.stopped).toBe(true);
    for (let i = 0; i < 200 && alive(grandchild); i++) await new Promise((r) => setTimeout(r, 10));
    expect(alive(grandchild)).toBe(false);
  });

  it('stops an engine that outlives its deadline', async () => {
    const { outcome } = runEngineProcess('sleep', ['30'], {
      cwd: '/',
      signal: new AbortController().signal,
      deadlineMs: 100,
    });
    const result = await outcome;
    expect(result.exitCode).toBe(128 + 15);
    expect(result.stopped).toBe(false);
  });

  it('reports a command that cannot start', async () => {
    const { outcome } = runEngineProcess('no-such-engine-here', [], {
      cwd: '/',
      signal: new AbortController().signal,
    });
    const result = await outcome;
    expect(result.exitCode).toBe(127);
    expect(result.stderrTail).toMatch(/ENOENT/);
  });
});

describe('findOnPath', () => {
  it('finds executables on the given PATH only', async () => {
    expect(await findOnPath('sh', '/usr/bin:/bin')).toMatch(/\/sh$/);
    expect(await findOnPath('sh', '/nonexistent')).toBeUndefined();
  });
});
