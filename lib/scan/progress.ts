/**
 * A one-line progress indicator on stderr for long work (synthesis, pricing, scans): redrawn in
 * place on a terminal with the elapsed time, silent when stderr is not a TTY (pipes) and under
 * CI=true (logs), so it never pollutes captured output. --progress forces it on.
 */
import type { ScanProgress } from './engine/run-scan.js';

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressOptions {
  /** --progress: show it even off a terminal or in CI. */
  force?: boolean;
  /** Running in CI (default: CI=true in the environment). */
  ci?: boolean;
}

export class ProgressLine {
  private shown = false;
  private readonly started = performance.now();
  private timer: NodeJS.Timeout | undefined;
  private current = '';

  constructor(
    private readonly stream: ProgressStream,
    private readonly options: ProgressOptions = {},
  ) {}

  get enabled(): boolean {
    if (this.options.force) return true;
    const ci = this.options.ci ?? /^(1|true)$/i.test(process.env.CI ?? '');
    return this.stream.isTTY === true && !ci;
  }

  /** A phase of the work ("synthesizing", "pricing 212 resources"), redrawn each second with the time so far. */
  phase(text: string): void {
    if (!this.enabled) return;
    this.current = text;
    this.draw();
    if (!this.timer) {
      this.timer = setInterval(() => this.draw(), 1000);
      this.timer.unref();
    }
  }

  update(p: ScanProgress): void {
    if (!this.enabled) return;
    const region = p.regionCount > 1 ? `region ${p.regionIndex + 1}/${p.regionCount} ` : '';
    this.current = `scanning ${region}${p.region}: ${p.done}/${p.total} ${p.step === 'metrics' ? 'CloudWatch metrics' : p.step}`;
    this.draw();
  }

  done(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    if (this.shown) this.stream.write('\r\x1b[2K');
    this.shown = false;
  }

  private draw(): void {
    const seconds = Math.floor((performance.now() - this.started) / 1000);
    this.stream.write(`\r\x1b[2K${this.current} · ${seconds}s`);
    this.shown = true;
  }
}
