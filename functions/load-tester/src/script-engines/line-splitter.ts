/** Splits streamed text into complete lines; a line without its `\n` waits for the next chunk (or `end`). */
export class LineSplitter {
  private rest = '';

  constructor(private readonly onLine: (line: string) => void) {}

  push(text: string): void {
    const parts = (this.rest + text).split('\n');
    this.rest = parts.pop() ?? '';
    for (const p of parts) if (p.trim() !== '') this.onLine(p.replace(/\r$/, ''));
  }

  end(): void {
    const last = this.rest;
    this.rest = '';
    if (last.trim() !== '') this.onLine(last);
  }
}
