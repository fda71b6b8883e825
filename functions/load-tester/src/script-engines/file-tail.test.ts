import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tailFile } from './file-tail.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dlt-tail-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
}

describe('tailFile', () => {
  it('waits for a file that does not exist yet, then hands on what is appended, once', async () => {
    const path = join(dir, 'rows.csv');
    let seen = '';
    const tail = tailFile(
      path,
      (t) => {
        seen += t;
      },
      20,
    );
    await new Promise((r) => setTimeout(r, 50));
    await writeFile(path, 'a,b\n');
    await until(() => seen === 'a,b\n');
    expect(seen).toBe('a,b\n');
    await appendFile(path, '1,2\n3,');
    await until(() => seen.length === 10);
    await appendFile(path, '4\n');
    await tail.finish();
    expect(seen).toBe('a,b\n1,2\n3,4\n');
  });

  it('never splits a multi-byte character between reads', async () => {
    const path = join(dir, 'utf8.txt');
    const text = 'é'.repeat(10);
    const bytes = Buffer.from(text);
    let seen = '';
    const tail = tailFile(
      path,
      (t) => {
        seen += t;
      },
      10,
    );
    await writeFile(path, bytes.subarray(0, 3)); // half of the second 'é'
    await until(() => seen.length > 0);
    await appendFile(path, bytes.subarray(3));
    await tail.finish();
    expect(seen).toBe(text);
  });
});
