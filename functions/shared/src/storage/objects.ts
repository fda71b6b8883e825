import type { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { ObjectTooLargeError } from './errors.js';

export interface ObjectInfo {
  key: string;
  size: number;
  lastModified?: Date;
  etag?: string;
  contentType?: string;
}

export interface PresignPutOptions {
  contentType: string;
  /** Seconds the URL stays valid (S3's maximum is 7 days). */
  expiresIn: number;
  /**
   * The exact byte length the upload will have. It is signed, so S3 refuses any other length; this is the
   * only size limit a presigned PUT can carry (ranges need a POST policy).
   */
  contentLength?: number;
  /** Refuse to sign when `contentLength` is over this. Requires `contentLength` (see above). */
  maxBytes?: number;
}

export interface PresignedUpload {
  url: string;
  method: 'PUT';
  /** Headers the uploader must send as they are, because they are part of the signature. */
  headers: Record<string, string>;
  expiresAt: Date;
}

const MAX_PRESIGN_SECONDS = 7 * 24 * 3600;
/** DeleteObjects' limit per request. */
const DELETE_BATCH = 1000;

function checkExpiry(expiresIn: number): void {
  if (!Number.isInteger(expiresIn) || expiresIn < 1 || expiresIn > MAX_PRESIGN_SECONDS) {
    throw new RangeError(`expiresIn must be 1-${MAX_PRESIGN_SECONDS} seconds`);
  }
}

function isNotFound(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return error.name === 'NoSuchKey' || error.name === 'NotFound' || status === 404;
}

/** The scenarios bucket. Missing objects read as `undefined`, never as an exception. */
export class ObjectStore {
  constructor(
    private readonly s3: S3Client,
    readonly bucket: string,
  ) {}

  async put(key: string, body: string | Uint8Array, opts: { contentType?: string } = {}): Promise<void> {
    await this.s3.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: body,
        // Without it the SDK cannot size an empty body and warns about streams of unknown length.
        ContentLength: typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength,
        ...(opts.contentType ? { ContentType: opts.contentType } : {}),
      }),
    );
  }

  /**
   * Streams a body of known length without buffering it. S3 requires the length up front for a plain
   * PutObject; an unknown length needs a multipart upload, which this store does not do.
   */
  async putStream(
    key: string,
    body: Readable,
    opts: { contentLength: number; contentType?: string },
  ): Promise<void> {
    await this.s3.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: body,
        ContentLength: opts.contentLength,
        ...(opts.contentType ? { ContentType: opts.contentType } : {}),
      }),
    );
  }

  async putJson(key: string, value: unknown): Promise<void> {
    await this.put(key, JSON.stringify(value), { contentType: 'application/json' });
  }

  async get(key: string): Promise<Buffer | undefined> {
    try {
      const out = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return out.Body ? Buffer.from(await out.Body.transformToByteArray()) : Buffer.alloc(0);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async getText(key: string): Promise<string | undefined> {
    return (await this.get(key))?.toString('utf8');
  }

  async getJson(key: string): Promise<unknown> {
    const text = await this.getText(key);
    return text === undefined ? undefined : JSON.parse(text);
  }

  async head(key: string): Promise<ObjectInfo | undefined> {
    try {
      const out = await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return {
        key,
        size: out.ContentLength ?? 0,
        ...(out.LastModified ? { lastModified: out.LastModified } : {}),
        ...(out.ETag ? { etag: out.ETag } : {}),
        ...(out.ContentType ? { contentType: out.ContentType } : {}),
      };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** Every object under `prefix`, in key order, one ListObjectsV2 page at a time. */
  async *list(prefix: string, opts: { pageSize?: number } = {}): AsyncGenerator<ObjectInfo> {
    let token: string | undefined;
    do {
      const out = await this.s3.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: prefix,
          ContinuationToken: token,
          ...(opts.pageSize ? { MaxKeys: opts.pageSize } : {}),
        }),
      );
      for (const object of out.Contents ?? []) {
        if (object.Key === undefined) continue;
        yield {
          key: object.Key,
          size: object.Size ?? 0,
          ...(object.LastModified ? { lastModified: object.LastModified } : {}),
          ...(object.ETag ? { etag: object.ETag } : {}),
        };
      }
      token = out.IsTruncated ? out.NextContinuationToken : undefined;
    } while (token);
  }

  async listAll(prefix: string, opts: { pageSize?: number } = {}): Promise<ObjectInfo[]> {
    const objects: ObjectInfo[] = [];
    for await (const object of this.list(prefix, opts)) objects.push(object);
    return objects;
  }

  async delete(key: string): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  /** Deletes everything under a non-empty prefix; returns how many objects. */
  async deleteByPrefix(prefix: string): Promise<number> {
    // An empty prefix would empty the bucket: never what a caller of this means.
    if (prefix.length === 0) throw new RangeError('deleteByPrefix needs a non-empty prefix');
    let batch: string[] = [];
    let deleted = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      const out = await this.s3.send(
        new DeleteObjectsCommand({
          Bucket: this.bucket,
          Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true },
        }),
      );
      const failed = out.Errors ?? [];
      if (failed.length > 0) {
        const first = failed[0];
        throw new Error(
          `Could not delete ${failed.length} objects, e.g. ${first?.Key}: ${first?.Code} ${first?.Message}`,
        );
      }
      deleted += batch.length;
      batch = [];
    };
    // Listed in full first: deleting while paginating can shift the continuation on some S3 implementations.
    for (const object of await this.listAll(prefix)) {
      batch.push(object.key);
      if (batch.length === DELETE_BATCH) await flush();
    }
    await flush();
    return deleted;
  }

  /** A URL a client can PUT one object to without credentials. */
  async presignPut(key: string, opts: PresignPutOptions): Promise<PresignedUpload> {
    checkExpiry(opts.expiresIn);
    if (opts.maxBytes !== undefined) {
      if (opts.contentLength === undefined) {
        throw new TypeError('maxBytes needs contentLength: a presigned PUT can only pin an exact length');
      }
      if (opts.contentLength > opts.maxBytes)
        throw new ObjectTooLargeError(opts.contentLength, opts.maxBytes);
    }
    const hasLength = opts.contentLength !== undefined;
    if (hasLength && (!Number.isInteger(opts.contentLength) || (opts.contentLength as number) < 0)) {
      throw new RangeError('contentLength must be a non-negative integer');
    }
    const signedAt = Date.now();
    const url = await getSignedUrl(
      this.s3,
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        ContentType: opts.contentType,
        ...(hasLength ? { ContentLength: opts.contentLength } : {}),
      }),
      {
        expiresIn: opts.expiresIn,
        // The presigner leaves content-length unsigned by default, which would make the length advisory.
        signableHeaders: new Set(hasLength ? ['content-type', 'content-length'] : ['content-type']),
      },
    );
    return {
      url,
      method: 'PUT',
      headers: {
        'content-type': opts.contentType,
        ...(hasLength ? { 'content-length': String(opts.contentLength) } : {}),
      },
      expiresAt: new Date(signedAt + opts.expiresIn * 1000),
    };
  }

  /** A URL that downloads one object without credentials; `downloadName` sets Content-Disposition. */
  async presignGet(key: string, opts: { expiresIn: number; downloadName?: string }): Promise<string> {
    checkExpiry(opts.expiresIn);
    return getSignedUrl(
      this.s3,
      new GetObjectCommand({
        Bucket: this.bucket,
        Key: key,
        ...(opts.downloadName
          ? {
              ResponseContentDisposition: `attachment; filename="${opts.downloadName.replace(/["\\\r\n]/g, '_')}"`,
            }
          : {}),
      }),
      { expiresIn: opts.expiresIn },
    );
  }

  /**
   * For uploads presigned without a length: checks the stored size afterwards and deletes an oversized
   * object, so it is never used.
   */
  async enforceMaxSize(key: string, maxBytes: number): Promise<'ok' | 'missing' | 'too-large'> {
    const info = await this.head(key);
    if (!info) return 'missing';
    if (info.size <= maxBytes) return 'ok';
    await this.delete(key);
    return 'too-large';
  }
}
