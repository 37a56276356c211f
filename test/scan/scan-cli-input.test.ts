/**
 * `cdk-cost scan` input handling that needs no AWS endpoint: bad flags are clear errors (exit 1),
 * the IAM policy prints, and README documents exactly the policy the code uses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanIamPolicy } from '../../lib/scan/iam-policy.js';
import { ProgressLine } from '../../lib/scan/progress.js';
import { cli } from '../support/cli.js';
import { REPO_ROOT } from '../support/paths.js';

describe('scan flags', () => {
  it.each([
    [['--lookback', '2w'], /--lookback 2w: expected a number of days from 1 to 455/],
    [['--lookback', '0d'], /--lookback 0d/],
    [['--format', 'html'], /--format html: unknown format/],
    [['--threshold', 'ec2.cpu=5'], /--threshold ec2.cpu: unknown threshold/],
    [['--fail-if-waste-over', 'lots'], /--fail-if-waste-over lots: expected an amount in USD/],
    [['--region', 'Ireland'], /--region Ireland: not a region code/],
  ])('%j is a clear error', async (args, message) => {
    const r = await cli('scan', ...args);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('prints the read-only IAM policy, the same one README shows', async () => {
    const r = await cli('scan', '--print-iam-policy');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(scanIamPolicy());
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('```json\n' + JSON.stringify(scanIamPolicy(), null, 2) + '\n```');
  });

  it('shows progress only on a terminal', () => {
    const written: string[] = [];
    const event = { region: 'us-east-1', regionIndex: 0, regionCount: 1, step: 'volumes', done: 3, total: 21 };
    new ProgressLine({ isTTY: false, write: (t) => written.push(t) }).update(event);
    expect(written).toEqual([]);
    new ProgressLine({ isTTY: true, write: (t) => written.push(t) }, { ci: true }).update(event);
    expect(written).toEqual([]);
    const tty = new ProgressLine({ isTTY: true, write: (t) => written.push(t) }, { ci: false });
    tty.update(event);
    tty.phase('synthesizing');
    tty.done();
    expect(written.join('')).toContain('scanning us-east-1: 3/21 volumes · 0s');
    expect(written.join('')).toContain('synthesizing · 0s');
    expect(written.at(-1)).toBe('\r\x1b[2K');
    const forced: string[] = [];
    new ProgressLine({ isTTY: false, write: (t) => forced.push(t) }, { force: true, ci: true }).phase('rendering');
    expect(forced.join('')).toContain('rendering');
  });
});
