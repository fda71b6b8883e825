import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyForm } from '../form/model.js';
import { uploadScript } from '../form/submit.js';
import { fakeFetch, signedInSession } from '../test-support.js';
import { uploadWithProgress } from './upload.js';

/** A loopback stand-in for a presigned S3 PUT: checks the signed header, answers CORS as a bucket rule would. */
let server: Server;
let url: string;
const received: Array<{ method: string; type: string | undefined; bytes: number }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const cors = {
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'PUT',
      'access-control-allow-headers': 'content-type',
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors);
      res.end();
      return;
    }
    let bytes = 0;
    req.on('data', (c: Buffer) => {
      bytes += c.length;
    });
    req.on('end', () => {
      received.push({ method: req.method ?? '', type: req.headers['content-type'], bytes });
      const ok = req.headers['content-type'] === 'application/xml';
      res.writeHead(ok ? 200 : 403, cors);
      res.end(ok ? '' : '<Error><Code>SignatureDoesNotMatch</Code></Error>');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bucket/key.jmx`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('uploadWithProgress', () => {
  it('PUTs the file with the signed headers and ends at 100 %', async () => {
    const body = new Blob(['<jmeterTestPlan/>'.repeat(4096)], { type: 'application/xml' });
    const progress: number[] = [];
    await uploadWithProgress(url, body, { 'content-type': 'application/xml', 'content-length': '1' }, (f) =>
      progress.push(f),
    );
    expect(received.at(-1)).toEqual({ method: 'PUT', type: 'application/xml', bytes: body.size });
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((f, i) => i === 0 || f >= progress[i - 1]!)).toBe(true);
  });

  it('rejects with the status when storage refuses the upload', async () => {
    const body = new Blob(['x'], { type: 'text/plain' });
    await expect(uploadWithProgress(url, body, { 'content-type': 'text/plain' }, () => {})).rejects.toThrow(
      /HTTP 403.*SignatureDoesNotMatch/,
    );
  });
});

describe('uploadScript', () => {
  it('asks the API for a presigned PUT sized for the file, uploads, and records the script name', async () => {
    const api = fakeFetch({
      'POST /scenarios/abcDEF1234/script': () => ({
        body: { key: 'k', url, method: 'PUT', headers: { 'content-type': 'application/xml' }, expiresAt: '' },
      }),
    });
    const session = signedInSession(api.fetch);
    const form = emptyForm('abcDEF1234');
    form.testType = 'jmeter';
    const file = new File(['<jmeterTestPlan/>'], 'plan.JMX', { type: 'application/xml' });
    const progress: number[] = [];
    await uploadScript(session.api, form, file, (f) => progress.push(f));
    expect(api.calls[0]?.body).toEqual({ testType: 'jmeter', extension: 'jmx', contentLength: file.size });
    expect(form.uploadedScript).toBe('abcDEF1234.jmx');
    expect(progress.at(-1)).toBe(1);
  });
});
