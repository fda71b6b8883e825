/** Rules for entry names and entry kinds: what may be unpacked, and what the name must not do. */
import { ScriptArchiveError } from './errors.js';

const MAX_NAME_LENGTH = 1024;

export interface CheckedName {
  /** The relative path with `/` separators and no trailing slash. */
  path: string;
  isDirectory: boolean;
}

/**
 * Refuses every name that could land outside the folder it is unpacked into ("zip slip"): parent segments,
 * absolute paths, drive letters, and backslashes (which some unzip tools treat as separators).
 */
export function checkEntryName(name: string): CheckedName {
  const unsafe = (why: string) =>
    new ScriptArchiveError(
      'unsafe-path',
      `The zip archive contains an unsafe path "${printable(name)}": ${why}.`,
    );
  if (name.length === 0) throw unsafe('the name is empty');
  if (name.length > MAX_NAME_LENGTH) throw unsafe(`names are limited to ${MAX_NAME_LENGTH} characters`);
  if (name.includes('\0')) throw unsafe('it contains a NUL character');
  if (name.includes('\\')) throw unsafe('it uses backslashes; zip it with a tool that writes "/" separators');
  if (name.startsWith('/')) throw unsafe('absolute paths are not allowed');
  if (/^[A-Za-z]:/.test(name)) throw unsafe('drive letters are not allowed');
  const isDirectory = name.endsWith('/');
  const segments = (isDirectory ? name.slice(0, -1) : name).split('/');
  for (const segment of segments) {
    if (segment === '..') throw unsafe('".." would leave the folder it is unpacked into');
    if (segment === '.' || segment === '') throw unsafe('empty and "." path segments are not allowed');
  }
  return { path: segments.join('/'), isDirectory };
}

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
/** MS-DOS attribute bit for directories (low byte of the external attributes). */
const DOS_DIRECTORY = 0x10;

/**
 * The entry's kind from its external attributes. Unix zips keep `st_mode` in the upper 16 bits: a symlink there
 * would be unpacked by many tools as a link pointing anywhere, so it is refused, as are devices and FIFOs.
 */
export function checkEntryKind(
  path: string,
  externalFileAttributes: number,
  isDirectoryName: boolean,
): 'file' | 'directory' {
  const mode = externalFileAttributes >>> 16;
  const type = mode & S_IFMT;
  if (type === S_IFLNK) {
    throw new ScriptArchiveError(
      'symlink',
      `The zip archive contains a symbolic link "${printable(path)}"; links are not allowed, include the file itself.`,
    );
  }
  if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) {
    throw new ScriptArchiveError(
      'special-file',
      `The zip archive contains "${printable(path)}", which is not a regular file or folder.`,
    );
  }
  const dosDirectory = (externalFileAttributes & DOS_DIRECTORY) !== 0 && type === 0;
  return isDirectoryName || type === S_IFDIR || dosDirectory ? 'directory' : 'file';
}

/** Control characters would garble the message the user reads. */
export function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: replacing them is the point.
  return text.replace(/[\u0000-\u001f\u007f]/g, '?');
}

export function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function dirName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}
