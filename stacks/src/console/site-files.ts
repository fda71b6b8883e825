import type { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket/index.js';
import { S3Object } from '@cdktf/provider-aws/lib/s3-object/index.js';
import type { ModuleStack } from '../lib/module-stack.js';

/** The built web console inside the module (`modules/console/site/`); empty (a `.gitkeep`) until built. */
export const SITE_DIR = 'site';

/** Content-Type by lower-case file extension; anything else is served as a download. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  json: 'application/json',
  woff2: 'font/woff2',
  txt: 'text/plain; charset=utf-8',
  map: 'application/json',
};
export const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

/** Vite writes content-hashed files (and only those) under `assets/`: a new build gets new names. */
export const HASHED_PREFIX = 'assets/';
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html, config.json and other unhashed files: cached, but revalidated on every use. */
export const NO_CACHE = 'no-cache';

const hcl = (text: string) => JSON.stringify(text);

/**
 * One S3 object per file of the built app (`for_each` over `fileset`), each with its content type and cache
 * policy and `etag = filemd5(...)` so a changed file is re-uploaded. Dotfiles (the `.gitkeep` of an unbuilt
 * module) are skipped, and so is any `config.json` in the build: the module writes its own.
 */
export function uploadSite(stack: ModuleStack, bucket: S3Bucket, configKey: string): void {
  stack.local('site_dir', `\${path.module}/${SITE_DIR}`);
  stack.local(
    'site_files',
    `\${toset([for f in fileset(local.site_dir, "**") : f if !startswith(basename(f), ".") && f != ${hcl(configKey)}])}`,
  );
  stack.local('content_types', { ...CONTENT_TYPES });
  const site = new S3Object(stack, 'site', {
    bucket: bucket.id,
    key: '${each.value}',
    source: '${local.site_dir}/${each.value}',
    etag: '${filemd5("${local.site_dir}/${each.value}")}',
    contentType: `\${lookup(local.content_types, lower(regex("[^.]*$", each.value)), ${hcl(DEFAULT_CONTENT_TYPE)})}`,
    cacheControl: `\${startswith(each.value, ${hcl(HASHED_PREFIX)}) ? ${hcl(IMMUTABLE)} : ${hcl(NO_CACHE)}}`,
  });
  site.addOverride('for_each', '${local.site_files}');
}
