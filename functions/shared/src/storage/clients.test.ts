import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStorageClients } from './clients.js';
import { ObjectStore } from './objects.js';

describe('createStorageClients', () => {
  it('for AWS (no endpoint): virtual-host S3 and presigned PUTs without a baked-in empty-body checksum', async () => {
    const clients = createStorageClients({
      region: 'eu-west-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    });
    try {
      const store = new ObjectStore(clients.s3, 'my-bucket');
      // Signing is local: no request leaves the machine.
      const { url } = await store.presignPut('public/x.jmx', { contentType: 'text/xml', expiresIn: 60 });
      const parsed = new URL(url);
      expect(parsed.host).toBe('my-bucket.s3.eu-west-1.amazonaws.com');
      expect([...parsed.searchParams.keys()].some((k) => k.toLowerCase().startsWith('x-amz-checksum'))).toBe(
        false,
      );
      expect(parsed.searchParams.get('x-amz-sdk-checksum-algorithm')).toBeNull();
      expect(parsed.searchParams.get('X-Amz-SignedHeaders')).toBe('content-type;host');
      expect(await clients.s3.config.forcePathStyle).toBeFalsy();
    } finally {
      clients.destroy();
    }
  });

  describe('with stand-in endpoints', () => {
    let clients: ReturnType<typeof createStorageClients>;
    beforeAll(() => {
      clients = createStorageClients({
        region: 'us-east-1',
        dynamodbEndpoint: 'http://127.0.0.1:1',
        s3Endpoint: 'http://127.0.0.1:2',
        credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      });
    });
    afterAll(() => clients.destroy());

    it('uses path-style S3 and checksums only when required', async () => {
      expect(clients.s3.config.forcePathStyle).toBe(true);
      expect(await clients.s3.config.requestChecksumCalculation()).toBe('WHEN_REQUIRED');
      expect(await clients.s3.config.responseChecksumValidation()).toBe('WHEN_REQUIRED');
      const { url } = await new ObjectStore(clients.s3, 'bkt').presignPut('k', {
        contentType: 'a/b',
        expiresIn: 5,
      });
      expect(url.startsWith('http://127.0.0.1:2/bkt/k?')).toBe(true);
    });

    it('drops undefined attributes instead of failing the write', () => {
      expect(clients.ddb.config.translateConfig?.marshallOptions?.removeUndefinedValues).toBe(true);
    });
  });
});
