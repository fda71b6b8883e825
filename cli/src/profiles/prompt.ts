/** Terminal questions for `dlt configure` and `dlt login`, on stderr so stdout stays clean for scripts. */
import { createInterface } from 'node:readline/promises';

export interface Prompter {
  ask(label: string, fallback?: string): Promise<string>;
  close(): void;
}

export function terminalPrompter(): Prompter {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  return {
    ask: (label, fallback) => rl.question(`${label}${fallback ? ` [${fallback}]` : ''}: `),
    close: () => rl.close(),
  };
}

/** Reads a password on a terminal without echoing it. Ctrl-C aborts. */
export function askSecret(label: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(`${label}: `);
  return new Promise((resolve, reject) => {
    let value = '';
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new Error('interrupted'));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}

/** All of stdin, for a password piped in CI (`echo "$PW" | dlt login …`); one trailing newline dropped. */
export async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}
