import { formatProgressLine } from '@dlt/report';

/** One progress line per second: redrawn in place on a terminal, appended otherwise (CI logs). */
export class ProgressPrinter {
  private startAt = 0;
  private totalSec: number | null = null;
  private drawn = false;

  constructor(
    private readonly out: NodeJS.WriteStream,
    private readonly enabled: boolean,
  ) {}

  start(startAt: number, totalSec: number | null): void {
    this.startAt = startAt;
    this.totalSec = totalSec;
  }

  second(s: { t: number; vus: number; rps: number; errors: number; p95Ms: number | null }): void {
    if (!this.enabled) return;
    // The last seconds drain in-flight requests after the planned end; the clock stops at the plan.
    const elapsed = Math.max(0, s.t + 1 - Math.floor(this.startAt / 1000));
    const elapsedSec = this.totalSec === null ? elapsed : Math.min(elapsed, this.totalSec);
    const line = formatProgressLine({
      elapsedSec,
      totalSec: this.totalSec,
      vus: s.vus,
      rps: s.rps,
      p95Ms: s.p95Ms,
      errors: s.errors,
      ...(this.out.isTTY ? { width: this.out.columns } : {}),
    });
    if (this.out.isTTY) {
      this.out.write(`\r\x1b[2K${line}`);
      this.drawn = true;
    } else {
      this.out.write(`${line}\n`);
    }
  }

  note(text: string): void {
    if (!this.enabled) return;
    this.end();
    this.out.write(`${text}\n`);
  }

  end(): void {
    if (this.drawn) this.out.write('\n');
    this.drawn = false;
  }
}
