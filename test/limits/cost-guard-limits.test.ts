/**
 * CostGuard({ failOnLimits }): a function whose peak concurrency (requests/s × duration) is above the
 * account quota fails `app.synth()` with an error naming the function, its load, the default and
 * the AWS page; just below the quota, or without failOnLimits, synthesis passes. The quota comes
 * from the catalogue.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type App, Aspects, Duration, Stack } from 'aws-cdk-lib';
import { testApp } from '../support/test-app.js';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { CostGuard, type CostGuardProps } from '../../lib/cdk/cost-guard.js';
import '../../lib/cdk/guard-engine.js';
import { limitIn, loadCatalogue } from '../../lib/limits/catalogue.js';
import { DEFAULT_PEAK_FACTOR, SECONDS_PER_MONTH, round } from '../../lib/limits/load-math.js';

const quota = limitIn(loadCatalogue(), 'lambda.concurrent-executions', 'us-east-1')!;
/** Monthly requests of 1 s invocations whose peak concurrency is `concurrency`. */
const monthlyFor = (concurrency: number) => (concurrency * SECONDS_PER_MONTH) / DEFAULT_PEAK_FACTOR;

function app(props: CostGuardProps, concurrency: number): { app: App; stack: Stack } {
  const app = testApp({ outdir: mkdtempSync(join(tmpdir(), 'cdk-cost-guard-limits-')) });
  const stack = new Stack(app, 'Guarded', { env: { region: 'us-east-1' } });
  new lambda.Function(stack, 'Worker', {
    runtime: lambda.Runtime.NODEJS_20_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => 1;'),
    timeout: Duration.seconds(30),
  });
  const usage = { resources: { 'Guarded/Worker': { monthlyRequests: monthlyFor(concurrency), avgDurationMs: 1000 } } };
  Aspects.of(app).add(new CostGuard({ usage, ...props }));
  return { app, stack };
}

const errors = (stack: Stack) => stack.node.metadata.filter((m) => m.type === 'aws:cdk:error').map((m) => String(m.data));

describe('CostGuard failOnLimits', () => {
  it('fails synthesis when the function needs more concurrent executions than the default', () => {
    const needed = quota.value * 1.4;
    const { app: a, stack } = app({ failOnLimits: true }, needed);
    expect(() => a.synth()).toThrow(/Concurrent executions/);
    const concurrency = errors(stack).find((e) => e.includes(quota.name))!;
    expect(concurrency).toContain('Guarded/Worker');
    expect(concurrency).toContain(`${round(needed)} concurrent`);
    expect(concurrency).toContain(`the default, adjustable is ${round(quota.value)} ${quota.unit}`);
    expect(concurrency).toContain(quota.url);
  });

  it('passes just below the quota, and without failOnLimits', () => {
    const below = app({ failOnLimits: true }, quota.value * 0.99);
    expect(() => below.app.synth()).not.toThrow();
    expect(errors(below.stack).filter((e) => e.includes(quota.name))).toEqual([]);
    const off = app({}, quota.value * 1.4);
    expect(() => off.app.synth()).not.toThrow();
  });

  it('rejects a peak factor below 1', () => {
    expect(() => new CostGuard({ failOnLimits: true, peakFactor: 0.5 })).toThrow('peakFactor must be a number ≥ 1');
  });
});
