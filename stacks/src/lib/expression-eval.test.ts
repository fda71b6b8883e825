import { describe, expect, it } from 'vitest';
import { evaluate } from './expression-eval.js';

describe('expression evaluator (test support)', () => {
  it('evaluates variables, locals, conditionals and functions', () => {
    const locals = { n: '${var.on ? length(var.list) : 0}' };
    expect(evaluate('${local.n}', { vars: { on: true, list: ['a', 'b'] }, locals })).toBe(2);
    expect(evaluate('${local.n}', { vars: { on: false, list: ['a', 'b'] }, locals })).toBe(0);
    expect(evaluate('${var.x != null ? var.x : "d"}', { vars: { x: null } })).toBe('d');
  });

  it('evaluates templates, object literals, merge and a filtering for-expression', () => {
    expect(evaluate('https://${var.h}/x', { vars: { h: 'a.b' } })).toBe('https://a.b/x');
    expect(
      evaluate('${merge({ a = "1" }, var.b == null ? {} : { b = var.b })}', { vars: { b: null } }),
    ).toEqual({ a: '1' });
    expect(
      evaluate('${toset([for f in fileset(path.module, "**") : f if f != "x"])}', { files: ['y', 'x'] }),
    ).toEqual(['y']);
  });

  it('returns reference text unless a value is given, and fails on what it cannot parse', () => {
    expect(evaluate('${aws_subnet.public[*].id}')).toBe('aws_subnet.public[*].id');
    expect(evaluate('${aws_vpc.vpc[0].id}', { refs: { 'aws_vpc.vpc[0].id': 'vpc-1' } })).toBe('vpc-1');
    expect(() => evaluate('${[for k, v in var.m : v]}', { vars: { m: {} } })).toThrow();
  });
});
