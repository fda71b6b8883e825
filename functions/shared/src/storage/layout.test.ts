import { describe, expect, it } from 'vitest';
import {
  completionMarkerKey,
  completionPrefix,
  isCompletionKey,
  resultFileKey,
  resultsPrefix,
  runPrefix,
  scriptKey,
  startSignalKey,
  taskConfigKey,
} from './layout.js';

describe('bucket layout', () => {
  const prefix = runPrefix('AbC123xYz0', new Date('2025-03-04T05:06:07.890Z'));

  it('names the run folder as DLT does', () => {
    expect(prefix).toBe('2025-03-04T05-06-07_AbC123xYz0');
  });

  it('builds the DLT keys', () => {
    expect(taskConfigKey('t1', 'eu-west-1')).toBe('test-scenarios/t1-eu-west-1.json');
    expect(scriptKey('jmeter', 't1', 'jmx')).toBe('public/test-scenarios/jmeter/t1.jmx');
    expect(scriptKey('k6', 't1', 'ts')).toBe('public/test-scenarios/k6/t1.ts');
    expect(scriptKey('locust', 't1', 'zip')).toBe('public/test-scenarios/locust/t1.zip');
    expect(resultsPrefix('t1')).toBe('results/t1/');
    expect(resultsPrefix('t1', prefix)).toBe(`results/t1/${prefix}/`);
    expect(resultFileKey('t1', prefix, 'u-1-us-east-1.xml')).toBe(`results/t1/${prefix}/u-1-us-east-1.xml`);
    expect(completionPrefix('t1', prefix)).toBe(`results/t1/${prefix}/completion/`);
    expect(completionPrefix('t1', prefix, 'us-east-1')).toBe(`results/t1/${prefix}/completion/us-east-1/`);
    expect(completionMarkerKey('t1', prefix, 'us-east-1', 'task9')).toBe(
      `results/t1/${prefix}/completion/us-east-1/task9`,
    );
    expect(startSignalKey('t1', prefix, 'us-east-1')).toBe(`start-signal/t1/${prefix}/us-east-1/start`);
  });

  it('tells completion markers from result files', () => {
    expect(isCompletionKey(completionMarkerKey('t1', prefix, 'us-east-1', 'x'))).toBe(true);
    expect(isCompletionKey(resultFileKey('t1', prefix, 'x-us-east-1.xml'))).toBe(false);
  });

  it('refuses ids that would escape their prefix, and wrong script extensions', () => {
    expect(() => resultsPrefix('a/b')).toThrow(RangeError);
    expect(() => taskConfigKey('..', 'us-east-1')).toThrow(RangeError);
    expect(() => startSignalKey('t1', '', 'us-east-1')).toThrow(RangeError);
    expect(() => scriptKey('locust', 't1', 'jmx' as never)).toThrow(/cannot be \.jmx/);
  });
});
