/**
 * POST /scenarios/{testId}/script (our addition): a presigned PUT for the test script. DLT's console uploads
 * through Amplify Storage with the user's own S3 credentials; clients without them use this instead.
 */
import { SCRIPT_EXTENSIONS, type ScriptExtension, type ScriptTestType, scriptKey } from '@dlt/shared/storage';
import { invalidBody } from './http.js';
import type { RouteDeps } from './ports.js';

export const MAX_SCRIPT_BYTES = 50 * 1024 * 1024;
const UPLOAD_EXPIRY_SECONDS = 15 * 60;
const KEYS = ['testType', 'extension', 'contentLength'];

interface UploadRequest {
  testType: ScriptTestType;
  extension: ScriptExtension;
  contentLength: number;
}

function uploadRequest(body: unknown): UploadRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidBody('value: Invalid input: expected object');
  }
  const b = body as Record<string, unknown>;
  const issues: string[] = [];
  const extra = Object.keys(b).filter((k) => !KEYS.includes(k));
  if (extra.length > 0)
    issues.push(`value: Unrecognized key(s) in object: ${extra.map((k) => `'${k}'`).join(', ')}`);
  const types = Object.keys(SCRIPT_EXTENSIONS);
  const testType = b.testType;
  if (typeof testType !== 'string' || !types.includes(testType)) {
    issues.push(`testType: Invalid option: expected one of ${types.map((t) => `"${t}"`).join('|')}`);
  } else {
    const allowed: readonly string[] = SCRIPT_EXTENSIONS[testType as ScriptTestType];
    if (typeof b.extension !== 'string' || !allowed.includes(b.extension)) {
      issues.push(`extension: a ${testType} script must be one of ${allowed.map((e) => `.${e}`).join(', ')}`);
    }
  }
  const size = b.contentLength;
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1 || size > MAX_SCRIPT_BYTES) {
    issues.push(`contentLength: must be an integer from 1 to ${MAX_SCRIPT_BYTES} (50 MB)`);
  }
  if (issues.length > 0) throw invalidBody(issues.join('; '));
  return b as unknown as UploadRequest;
}

export async function presignScriptUpload(deps: RouteDeps, testId: string, body: unknown) {
  const { testType, extension, contentLength } = uploadRequest(body);
  const key = scriptKey(testType, testId, extension);
  const upload = await deps.objects.presignPut(key, {
    expiresIn: UPLOAD_EXPIRY_SECONDS,
    contentType: 'application/octet-stream',
    contentLength,
    maxBytes: MAX_SCRIPT_BYTES,
  });
  return {
    key,
    url: upload.url,
    method: upload.method,
    headers: upload.headers,
    expiresAt: upload.expiresAt,
  };
}
