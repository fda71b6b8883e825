/**
 * Unpacks a checked script archive into a folder, or copies a single-file script there. Nothing is written
 * outside the folder: every parent is resolved with realpath and files are created with O_EXCL (which never
 * follows a link), and the bytes actually inflated are counted against the declared sizes and the limits.
 */
import { constants } from 'node:fs';
import { copyFile, mkdir, open, readdir, realpath, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type yauzl from 'yauzl';
import { SCRIPT_EXTENSIONS } from '../storage/layout.js';
import { ScriptArchiveError } from './errors.js';
import { openScriptArchive, type ScriptArchiveOptions } from './inspect.js';
import { type ArchiveLimits, archiveLimits, formatBytes } from './limits.js';
import { extensionOf, printable } from './names.js';

export interface ExtractedScript {
  /** The main script, absolute, inside destDir. */
  scriptPath: string;
  /** JMeter plugin JARs, absolute (empty for other test types and single files). */
  pluginJars: string[];
  /** Every file written, relative to destDir. */
  files: string[];
}

const ZIP_MAGIC = [Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('PK\x05\x06', 'latin1')];

/** True when the file starts like a zip archive (a local header, or the end record of an empty one). */
export async function looksLikeZip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && ZIP_MAGIC.some((m) => m.equals(head));
  } finally {
    await handle.close();
  }
}

/**
 * Unpacks `zipPath` into `destDir` (created when missing) after checking it like inspectScriptArchive, or, when
 * `zipPath` is a single script (.jmx, .js/.ts, .py), copies it there. On failure the files written are removed.
 */
export async function extractScriptArchive(
  zipPath: string,
  destDir: string,
  options: ScriptArchiveOptions,
): Promise<ExtractedScript> {
  await mkdir(destDir, { recursive: true });
  const root = await realpath(destDir);
  const before = new Set(await readdir(root));
  try {
    if (!(await looksLikeZip(zipPath))) return await copySingleScript(zipPath, root, options);
    return await unpack(zipPath, root, options);
  } catch (error) {
    // Remove only what this call created, never what was there before.
    for (const name of await readdir(root)) {
      if (!before.has(name)) await rm(join(root, name), { recursive: true, force: true });
    }
    throw error;
  }
}

async function copySingleScript(
  file: string,
  root: string,
  options: ScriptArchiveOptions,
): Promise<ExtractedScript> {
  const ext = extensionOf(file);
  const allowed = SCRIPT_EXTENSIONS[options.testType].filter((e) => e !== 'zip') as readonly string[];
  if (ext === 'zip') {
    throw new ScriptArchiveError('not-a-zip', 'The file is named .zip but is not a zip archive.');
  }
  if (!allowed.includes(ext)) {
    throw new ScriptArchiveError(
      'wrong-extension',
      `A ${options.testType} script must be ${allowed.map((e) => `.${e}`).join(' or ')} (or a .zip), not "${printable(basename(file))}".`,
    );
  }
  const limits = archiveLimits(options.limits);
  const { size } = await stat(file);
  if (size > limits.maxEntryBytes) {
    throw new ScriptArchiveError(
      'entry-too-large',
      `The script is ${formatBytes(size)}; at most ${formatBytes(limits.maxEntryBytes)} is accepted.`,
    );
  }
  const name = basename(file);
  const target = join(root, name);
  await copyFile(file, target, constants.COPYFILE_EXCL);
  return { scriptPath: target, pluginJars: [], files: [name] };
}

async function unpack(
  zipPath: string,
  root: string,
  options: ScriptArchiveOptions,
): Promise<ExtractedScript> {
  const limits = archiveLimits(options.limits);
  const { zip, plan, entries } = await openScriptArchive(zipPath, options);
  try {
    for (const dir of plan.directories) await mkdirInside(root, dir);
    const budget = { remaining: limits.maxTotalBytes };
    for (const { path, entry } of entries) {
      await writeEntry(zip, entry, root, path, limits, budget);
    }
  } finally {
    zip.close();
  }
  return {
    scriptPath: join(root, plan.scriptPath),
    pluginJars: plan.pluginJars.map((p) => join(root, p)),
    files: plan.files.map((f) => f.path),
  };
}

function assertInside(root: string, target: string, shown: string): void {
  if (target !== root && !target.startsWith(root + sep)) {
    throw new ScriptArchiveError(
      'unsafe-path',
      `The zip archive entry "${printable(shown)}" would be written outside the script folder.`,
    );
  }
}

/** Creates `rel` under root and proves, after resolving links, that it is still under root. */
async function mkdirInside(root: string, rel: string): Promise<string> {
  const target = join(root, rel);
  assertInside(root, target, rel);
  await mkdir(target, { recursive: true });
  const real = await realpath(target);
  assertInside(root, real, rel);
  return real;
}

async function writeEntry(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  root: string,
  rel: string,
  limits: ArchiveLimits,
  budget: { remaining: number },
): Promise<void> {
  const parent = await mkdirInside(root, dirname(rel) === '.' ? '' : dirname(rel));
  const target = join(parent, basename(rel));
  assertInside(root, target, rel);
  const source = await openEntryStream(zip, entry);
  // yauzl's inner streams may still report the overrun after the pipeline has failed and detached.
  source.on('error', () => undefined);
  // O_EXCL: fails when anything (a file, a link planted by an earlier entry) already has this name.
  const handle = await open(target, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
      throw new ScriptArchiveError(
        'unsafe-path',
        `The zip archive entry "${printable(rel)}" would replace a file that already exists in the script folder.`,
      );
    },
  );
  const limit = Math.min(entry.uncompressedSize, limits.maxEntryBytes);
  try {
    await pipeline(source, new ByteCounter(rel, limit, budget, limits), handle.createWriteStream());
  } catch (error) {
    if (error instanceof ScriptArchiveError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (/bytes|size/i.test(message)) {
      throw new ScriptArchiveError(
        'size-mismatch',
        `The zip archive entry "${printable(rel)}" does not unpack to the size it declares (${message}).`,
      );
    }
    throw new ScriptArchiveError(
      'not-a-zip',
      `The zip archive is damaged at "${printable(rel)}" (${message}).`,
    );
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function openEntryStream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) {
        reject(
          new ScriptArchiveError(
            'not-a-zip',
            `The zip archive is damaged (${error?.message ?? 'no data for an entry'}).`,
          ),
        );
      } else resolve(stream);
    });
  });
}

/** Trusts no header: stops as soon as an entry inflates past its declared size or the archive past its budget. */
class ByteCounter extends Transform {
  private seen = 0;
  constructor(
    private readonly path: string,
    private readonly limit: number,
    private readonly budget: { remaining: number },
    private readonly limits: ArchiveLimits,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.seen += chunk.length;
    this.budget.remaining -= chunk.length;
    if (this.seen > this.limit) {
      callback(
        new ScriptArchiveError(
          'size-mismatch',
          `The zip archive entry "${printable(this.path)}" unpacks to more than the ${formatBytes(this.limit)} it declares (a zip bomb?).`,
        ),
      );
      return;
    }
    if (this.budget.remaining < 0) {
      callback(
        new ScriptArchiveError(
          'total-too-large',
          `The zip archive unpacks to more than ${formatBytes(this.limits.maxTotalBytes)}.`,
        ),
      );
      return;
    }
    callback(null, chunk);
  }
}
