/**
 * Reads a zip's central directory and decides, without unpacking anything, whether it is an acceptable script
 * archive and what unpacking it would produce. The sizes checked here are the archive's own claims; extraction
 * counts the bytes it actually inflates (extract.ts).
 */
import { stat } from 'node:fs/promises';
import yauzl from 'yauzl';
import type { ScriptTestType } from '../storage/layout.js';
import { ScriptArchiveError } from './errors.js';
import { type ArchiveLimits, archiveLimits, formatBytes } from './limits.js';
import { checkEntryKind, checkEntryName, printable } from './names.js';
import { checkFileTypes, pluginJarsFor, selectScript, unwrapPrefix } from './select.js';

export interface ScriptArchiveOptions {
  testType: ScriptTestType;
  limits?: Partial<ArchiveLimits>;
}

export interface ScriptArchiveFile {
  /** Relative to the unpacked root (after unwrapping a single top-level folder). */
  path: string;
  /** The size the archive declares. */
  size: number;
}

export interface ScriptArchivePlan {
  testType: ScriptTestType;
  /** The single top-level folder that is unwrapped, with its slash; "" when nothing is unwrapped. */
  strippedPrefix: string;
  /** The main script, relative to the unpacked root. */
  scriptPath: string;
  /** JMeter plugin JARs (`plugins/*.jar` beside the script), relative to the unpacked root. */
  pluginJars: string[];
  files: ScriptArchiveFile[];
  /** Folders to create even when empty, relative to the unpacked root. */
  directories: string[];
  totalBytes: number;
}

/** A planned file together with the archive entry it comes from (for extraction). */
export interface PlannedEntry {
  path: string;
  entry: yauzl.Entry;
}

export interface OpenedArchive {
  zip: yauzl.ZipFile;
  plan: ScriptArchivePlan;
  entries: PlannedEntry[];
}

/** Deflate and stored are what zip tools write; yauzl reads nothing else. */
const SUPPORTED_METHODS = new Set([0, 8]);
const MACOS_RESOURCE_FORKS = '__MACOSX';

/** Validates a script archive without writing anything. Throws ScriptArchiveError with a user-facing message. */
export async function inspectScriptArchive(
  source: Buffer | string,
  options: ScriptArchiveOptions,
): Promise<ScriptArchivePlan> {
  const opened = await openScriptArchive(source, options);
  opened.zip.close();
  return opened.plan;
}

/** Opens and plans an archive; the caller closes `zip`. */
export async function openScriptArchive(
  source: Buffer | string,
  options: ScriptArchiveOptions,
): Promise<OpenedArchive> {
  const limits = archiveLimits(options.limits);
  const size = typeof source === 'string' ? (await stat(source)).size : source.length;
  if (size > limits.maxArchiveBytes) {
    throw new ScriptArchiveError(
      'archive-too-large',
      `The zip archive is ${formatBytes(size)}; at most ${formatBytes(limits.maxArchiveBytes)} is accepted.`,
    );
  }
  const zip = await openZip(source);
  try {
    const entries = await readEntries(zip, limits);
    return { zip, ...planArchive(entries, options.testType, limits) };
  } catch (error) {
    zip.close();
    throw error;
  }
}

async function openZip(source: Buffer | string): Promise<yauzl.ZipFile> {
  const zipOptions: yauzl.Options = {
    lazyEntries: true,
    autoClose: false,
    // Names are decoded and checked here, so that a bad one gets a clear message instead of being rewritten.
    decodeStrings: false,
    validateEntrySizes: true,
  };
  try {
    return typeof source === 'string'
      ? await yauzl.openPromise(source, zipOptions)
      : await yauzl.fromBufferPromise(source, zipOptions);
  } catch (error) {
    throw new ScriptArchiveError('not-a-zip', `The file is not a readable zip archive: ${reason(error)}`);
  }
}

interface ReadEntry {
  name: string;
  entry: yauzl.Entry;
}

function readEntries(zip: yauzl.ZipFile, limits: ArchiveLimits): Promise<ReadEntry[]> {
  if (zip.entryCount > limits.maxEntries) {
    return Promise.reject(tooManyEntries(zip.entryCount, limits));
  }
  return new Promise((resolve, reject) => {
    const out: ReadEntry[] = [];
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      reject(
        error instanceof ScriptArchiveError
          ? error
          : new ScriptArchiveError('not-a-zip', `The zip archive is damaged: ${reason(error)}`),
      );
    };
    zip.on('error', fail);
    zip.on('entry', (entry: yauzl.Entry) => {
      try {
        const raw = entry.fileName as unknown as Buffer;
        const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, true);
        out.push({ name, entry });
        // The central directory may hold more records than its end record claims.
        if (out.length > limits.maxEntries) throw tooManyEntries(out.length, limits);
        zip.readEntry();
      } catch (error) {
        fail(error);
      }
    });
    zip.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(out);
    });
    zip.readEntry();
  });
}

function planArchive(
  read: readonly ReadEntry[],
  testType: ScriptTestType,
  limits: ArchiveLimits,
): { plan: ScriptArchivePlan; entries: PlannedEntry[] } {
  const files = new Map<string, yauzl.Entry>();
  const directories = new Set<string>();
  let totalBytes = 0;
  for (const { name, entry } of read) {
    const checked = checkEntryName(name);
    if (checked.path === MACOS_RESOURCE_FORKS || checked.path.startsWith(`${MACOS_RESOURCE_FORKS}/`))
      continue;
    const kind = checkEntryKind(checked.path, entry.externalFileAttributes, checked.isDirectory);
    if (entry.isEncrypted()) {
      throw new ScriptArchiveError(
        'encrypted',
        `The zip archive entry "${printable(checked.path)}" is encrypted; upload an archive without a password.`,
      );
    }
    if (kind === 'directory') {
      if (files.has(checked.path)) throw duplicate(checked.path);
      directories.add(checked.path);
      continue;
    }
    if (!SUPPORTED_METHODS.has(entry.compressionMethod)) {
      throw new ScriptArchiveError(
        'unsupported-compression',
        `The zip archive entry "${printable(checked.path)}" uses compression method ${entry.compressionMethod}; only "stored" and "deflate" are supported.`,
      );
    }
    checkEntrySize(checked.path, entry, limits);
    if (files.has(checked.path) || directories.has(checked.path)) throw duplicate(checked.path);
    files.set(checked.path, entry);
    totalBytes += entry.uncompressedSize;
    if (totalBytes > limits.maxTotalBytes) {
      throw new ScriptArchiveError(
        'total-too-large',
        `The zip archive unpacks to more than ${formatBytes(limits.maxTotalBytes)}.`,
      );
    }
  }
  // A file that is also used as a folder ("a" and "a/b") cannot be unpacked.
  for (const p of files.keys()) {
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) {
      const parent = parts.slice(0, i).join('/');
      if (files.has(parent)) throw duplicate(parent);
    }
  }

  const prefix = unwrapPrefix([...files.keys(), ...[...directories].map((d) => `${d}/`)]);
  const keep = (p: string) => p.startsWith(prefix);
  const strip = (p: string) => p.slice(prefix.length);
  const entries: PlannedEntry[] = [...files]
    .filter(([p]) => keep(p))
    .map(([p, entry]) => ({ path: strip(p), entry }));
  const paths = entries.map((e) => e.path);
  const scriptPath = selectScript(testType, paths);
  const pluginJars = testType === 'jmeter' ? pluginJarsFor(scriptPath, paths) : [];
  checkFileTypes(testType, paths, pluginJars);
  const plan: ScriptArchivePlan = {
    testType,
    strippedPrefix: prefix,
    scriptPath,
    pluginJars,
    files: entries.map((e) => ({ path: e.path, size: e.entry.uncompressedSize })),
    directories: [...directories].filter((d) => keep(`${d}/`) && strip(`${d}/`) !== '').map((d) => strip(d)),
    totalBytes: entries.reduce((sum, e) => sum + e.entry.uncompressedSize, 0),
  };
  return { plan, entries };
}

function checkEntrySize(path: string, entry: yauzl.Entry, limits: ArchiveLimits): void {
  if (entry.uncompressedSize > limits.maxEntryBytes) {
    throw new ScriptArchiveError(
      'entry-too-large',
      `The zip archive entry "${printable(path)}" is ${formatBytes(entry.uncompressedSize)}; each file may be at most ${formatBytes(limits.maxEntryBytes)}.`,
    );
  }
  if (entry.uncompressedSize > limits.ratioFloorBytes) {
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (ratio > limits.maxCompressionRatio) {
      throw new ScriptArchiveError(
        'compression-ratio',
        `The zip archive entry "${printable(path)}" is compressed ${Math.round(ratio)} to 1, more than the ${limits.maxCompressionRatio} to 1 allowed (a zip bomb?).`,
      );
    }
  }
}

function tooManyEntries(count: number, limits: ArchiveLimits): ScriptArchiveError {
  return new ScriptArchiveError(
    'too-many-entries',
    `The zip archive has ${count} entries; at most ${limits.maxEntries} are accepted.`,
  );
}

function duplicate(path: string): ScriptArchiveError {
  return new ScriptArchiveError(
    'duplicate-entry',
    `The zip archive contains "${printable(path)}" more than once (or as both a file and a folder).`,
  );
}

/** The library's text as a sentence. */
function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
