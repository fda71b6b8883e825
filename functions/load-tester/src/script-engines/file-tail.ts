import { open } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';

export interface FileTail {
  /** Reads what is left (after the engine has exited) and stops polling. */
  finish(): Promise<void>;
}

const CHUNK = 1 << 20;

/**
 * Follows a file an engine appends to, like `tail -f`: every `intervalMs` it reads the new bytes and hands them
 * on as text. The file may not exist yet when the engine starts. Polling, not fs.watch: watch events are not
 * reliable on every file system the container may write to, and one read per interval costs nothing.
 */
export function tailFile(path: string, onText: (text: string) => void, intervalMs = 200): FileTail {
  let position = 0;
  const decoder = new StringDecoder('utf8');
  let reading: Promise<void> = Promise.resolve();
  let finished = false;

  const readNew = async () => {
    let handle: Awaited<ReturnType<typeof open>>;
    try {
      handle = await open(path, 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    try {
      const buffer = Buffer.allocUnsafe(CHUNK);
      for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, CHUNK, position);
        if (bytesRead === 0) break;
        position += bytesRead;
        onText(decoder.write(buffer.subarray(0, bytesRead)));
      }
    } finally {
      await handle.close();
    }
  };
  const tick = () => {
    reading = reading.then(readNew);
    return reading;
  };
  const timer = setInterval(() => {
    if (!finished) tick().catch(() => {});
  }, intervalMs);

  return {
    async finish() {
      finished = true;
      clearInterval(timer);
      await reading.catch(() => {});
      await tick();
      const rest = decoder.end();
      if (rest !== '') onText(rest);
    },
  };
}
