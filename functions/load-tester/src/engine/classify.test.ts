import { describe, expect, it } from 'vitest';
import { classifyError } from './classify.js';

const err = (code: string) => Object.assign(new Error(code), { code });

describe('classifyError', () => {
  it.each([
    ['DLT_TIMEOUT', 'timeout'],
    ['ETIMEDOUT', 'timeout'],
    ['ECONNREFUSED', 'econnrefused'],
    ['ECONNRESET', 'econnreset'],
    ['EPIPE', 'econnreset'],
    ['ENOTFOUND', 'dns'],
    ['EAI_AGAIN', 'dns'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'tls'],
    ['DLT_ABORTED', 'aborted'],
    ['DLT_PROTOCOL', 'other'],
  ])('maps %s to %s', (code, kind) => {
    expect(classifyError(err(code))).toBe(kind);
  });

  it('treats errors without a code as other', () => {
    expect(classifyError(new Error('boom'))).toBe('other');
    expect(classifyError(null)).toBe('other');
  });
});
