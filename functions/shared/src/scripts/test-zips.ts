/**
 * Builds zip archives for tests: well-formed ones with yazl, and hostile ones by patching yazl's bytes where yazl
 * refuses to write the attack (names with "..", lying sizes, the encryption flag).
 */
import yazl from 'yazl';

export interface TestEntry {
  name: string;
  data?: string | Buffer;
  /** Unix st_mode, e.g. 0o120777 for a symlink. */
  mode?: number;
  directory?: boolean;
  compress?: boolean;
}

export function zipOf(entries: readonly TestEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const e of entries) {
    if (e.directory) {
      zip.addEmptyDirectory(e.name, e.mode === undefined ? {} : { mode: e.mode });
      continue;
    }
    const data = typeof e.data === 'string' ? Buffer.from(e.data) : (e.data ?? Buffer.from('x'));
    zip.addBuffer(data, e.name, {
      ...(e.mode === undefined ? {} : { mode: e.mode }),
      ...(e.compress === undefined ? {} : { compress: e.compress }),
    });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

interface HeaderRef {
  /** Offset of the central directory record. */
  central: number;
  /** Offset of the local file header. */
  local: number;
  name: string;
}

const CENTRAL_SIG = 0x02014b50;
const END_SIG = 0x06054b50;

function headers(zip: Buffer): HeaderRef[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || zip.readUInt32LE(end) !== END_SIG) throw new Error('no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out: HeaderRef[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_SIG) throw new Error('bad central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    out.push({
      central: at,
      local: zip.readUInt32LE(at + 42),
      name: zip.toString('latin1', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

function find(zip: Buffer, name: string): HeaderRef {
  const h = headers(zip).find((r) => r.name === name);
  if (!h) throw new Error(`no entry ${name}`);
  return h;
}

/** Renames an entry in both headers; the new name must have the same byte length (offsets stay valid). */
export function renameEntry(zip: Buffer, from: string, to: string): Buffer {
  const next = Buffer.from(zip);
  const bytes = Buffer.from(to, 'latin1');
  if (bytes.length !== Buffer.byteLength(from, 'latin1')) throw new Error('names must have the same length');
  const h = find(next, from);
  bytes.copy(next, h.central + 46);
  bytes.copy(next, h.local + 30);
  return next;
}

/** Sets general-purpose flag bits (bit 0 = encrypted) in both headers. */
export function setFlags(zip: Buffer, name: string, bits: number): Buffer {
  const next = Buffer.from(zip);
  const h = find(next, name);
  next.writeUInt16LE(next.readUInt16LE(h.central + 8) | bits, h.central + 8);
  next.writeUInt16LE(next.readUInt16LE(h.local + 6) | bits, h.local + 6);
  return next;
}

/** Rewrites the declared uncompressed size (the central directory is what readers trust). */
export function declareSize(zip: Buffer, name: string, size: number): Buffer {
  const next = Buffer.from(zip);
  const h = find(next, name);
  next.writeUInt32LE(size, h.central + 24);
  if (next.readUInt32LE(h.local + 22) !== 0) next.writeUInt32LE(size, h.local + 22);
  return next;
}

/** Sets the external attributes' upper half (the Unix st_mode) and marks the entry as made on Unix. */
export function setUnixMode(zip: Buffer, name: string, mode: number): Buffer {
  const next = Buffer.from(zip);
  const h = find(next, name);
  next.writeUInt16LE((3 << 8) | 20, h.central + 4);
  next.writeUInt32LE(((mode & 0xffff) << 16) >>> 0, h.central + 38);
  return next;
}
