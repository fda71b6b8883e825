/** Reads one small entry of a zip or JAR (e.g. `META-INF/MANIFEST.MF`) without unpacking the rest. */
import yauzl from 'yauzl';

/** The entry's bytes, or undefined when the archive has no such entry or it is bigger than `maxBytes`. */
export async function readArchiveEntry(
  archivePath: string,
  entryName: string,
  maxBytes = 1024 * 1024,
): Promise<Buffer | undefined> {
  const zip = await yauzl.openPromise(archivePath, { lazyEntries: true, autoClose: false });
  try {
    for (;;) {
      const entry = await nextEntry(zip);
      if (entry === undefined) return undefined;
      if (entry.fileName !== entryName) continue;
      if (entry.uncompressedSize > maxBytes) return undefined;
      const stream = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    }
  } finally {
    zip.close();
  }
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | undefined> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: yauzl.Entry) => {
      cleanup();
      resolve(entry);
    };
    const onEnd = () => {
      cleanup();
      resolve(undefined);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}
