import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkModuleCalls, findRoots, type ModuleInterface, moduleInterface, readRoot } from './calls.js';

const core: ModuleInterface = moduleInterface({
  variable: { admin_email: { type: 'string' }, tags: { type: 'map(string)', default: {} } },
  output: { api_endpoint: {}, region: {} },
});
const resolve = (source: string) =>
  source === '../modules/core' ? core : source === '../modules/hcl' ? null : undefined;

describe('module call checks', () => {
  it('accepts a call that sets every required variable and reads declared outputs', () => {
    const json = {
      module: {
        core: { source: '../modules/core', admin_email: 'a@b', for_each: '${toset(var.r)}', '//': 'note' },
        remote: { source: 'git::https://example.com/x.git//m', anything: 1 },
        hcl: { source: '../modules/hcl', anything: 1 },
      },
      output: { a: { value: '${module.core["x"].api_endpoint} ${module.remote.whatever}' } },
    };
    expect(checkModuleCalls(json, resolve)).toEqual([]);
  });

  it('reports unknown arguments, missing required variables, missing sources and unknown outputs', () => {
    const json = {
      module: {
        core: { source: '../modules/core', admin_mail: 'typo' },
        gone: { source: './nowhere' },
        bare: {},
      },
      output: { a: { value: '${module.core[each.key].api_url}' } },
    };
    expect(checkModuleCalls(json, resolve)).toEqual([
      'module core: admin_mail is not a variable of ../modules/core',
      'module core: required variable admin_email is not set',
      'module gone: source ./nowhere does not exist',
      'module bare: no source',
      'output.a.value: module core has no output api_url',
    ]);
  });

  it('finds nested Terraform JSON roots and merges their files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlt-calls-'));
    mkdirSync(join(dir, 'cloud', 'core'), { recursive: true });
    mkdirSync(join(dir, 'cloud', '.terraform'), { recursive: true });
    writeFileSync(join(dir, 'cloud', '.terraform', 'x.tf.json'), '{}');
    writeFileSync(join(dir, 'cloud', 'core', 'main.tf.json'), '{"module":{"a":{"source":"./a"}}}');
    writeFileSync(
      join(dir, 'cloud', 'core', 'versions.tf.json'),
      '{"terraform":{"required_version":">= 1"}}',
    );
    expect(findRoots(dir)).toEqual([join(dir, 'cloud', 'core')]);
    expect(readRoot(join(dir, 'cloud', 'core'))).toEqual({
      module: { a: { source: './a' } },
      terraform: { required_version: '>= 1' },
    });
  });
});
