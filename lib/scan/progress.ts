/**
 * A one-line progress indicator on stderr for long scans: redrawn in place on a terminal, silent when
 * stderr is not a TTY (CI logs, pipes) so it never pollutes captured output.
 */
import type { ScanProgress } from './engine/run-scan.js';

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export class ProgressLine {
  private shown = false;

  constructor(private readonly stream: ProgressStream) {}

  get enabled(): boolean {
    return this.stream.isTTY === true;
  }

  update(p: ScanProgress): void {
    if (!this.enabled) return;
    const region = p.regionCount > 1 ? `region ${p.regionIndex + 1}/${p.regionCount} ` : '';
    this.stream.write(`\r\x1b[2Kscanning ${region}${p.region}: ${p.done}/${p.total} ${p.step === 'metrics' ? 'CloudWatch metrics' : p.step}`);
    this.shown = true;
  }

  done(): void {
    if (this.shown) this.stream.write('\r\x1b[2K');
    this.shown = false;
  }
}
