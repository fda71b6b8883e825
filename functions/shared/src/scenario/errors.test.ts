import { describe, expect, it } from 'vitest';
import { formatIssuePath, ScenarioValidationError } from './errors.js';

describe('formatIssuePath', () => {
  it('formats paths like DLT', () => {
    expect(formatIssuePath([])).toBe('value');
    expect(formatIssuePath(['testScenario', 'execution', 0, 'hold-for'])).toBe(
      'testScenario.execution[0].hold-for',
    );
    expect(formatIssuePath([2, 'url'])).toBe('2.url');
    expect(formatIssuePath(['a', 0, 1])).toBe('a[0][1]');
  });
});

describe('ScenarioValidationError', () => {
  it('stringifies as CODE: message and defaults to 400', () => {
    const error = new ScenarioValidationError('InvalidParameter', 'Bad thing.');
    expect(`${error}`).toBe('InvalidParameter: Bad thing.');
    expect(error.statusCode).toBe(400);
    expect(new ScenarioValidationError('InternalError', 'x', 500).statusCode).toBe(500);
  });
});
