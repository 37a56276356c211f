/**
 * CostGuard: a budget inside `cdk synth`.
 *
 *   Aspects.of(app).add(new CostGuard({ maxMonthlyUsd: 2500, usage: 'cdk-cost.usage.yml' }));
 *
 * prices everything under the construct it is added to (the whole app, a stage, a stack, a
 * construct) with the same engine as `cdk-cost estimate`, then adds an error annotation to each
 * stack a broken budget covers — so `cdk synth` and `cdk deploy` stop before anything is spent —
 * or a warning annotation with the estimate. By default `app.synth()` itself also fails (a
 * validation error), so a plain `node app.js` or a unit test stops too.
 *
 * Pricing happens in a validation the aspect registers, not in `visit`: validations run after every
 * aspect and after `prepare`, so mutations by other aspects and cross-stack references are final.
 * Aspects do not cross Stage boundaries: add the guard to each Stage you want priced.
 */
import type { IAspect } from 'aws-cdk-lib';
import { cdkLib } from './cdk-lib.js';
import type { IConstruct } from 'constructs';
import type { InlineUsage } from './guard-usage.js';
import { loadGuardEngine } from './engine-loader.js';
import type { GuardResult } from './guard-engine.js';
import { GUARD_FAILURE_METADATA, GUARD_REPORT_ONLY_CONTEXT } from '../source/guard-keys.js';

export interface CostGuardProps {
  /** Monthly budget in USD for everything under the construct the guard is added to. */
  readonly maxMonthlyUsd?: number;
  /**
   * Usage: a usage file path (the CLI's YAML, relative to where `cdk synth` runs; its `budgets:`
   * apply too), or the same content inline: `{ resources: { 'Api/Handler': { monthlyRequests: 1e6 } } }`.
   */
  readonly usage?: string | InlineUsage;
  /** Region for environment-agnostic stacks (default us-east-1). */
  readonly region?: string;
  /**
   * Subtract AWS's always-free allowances, each once for the app, shared by its resources in construct
   * path order (as `cdk-cost estimate --free-tier`). Default false: they are account-wide.
   */
  readonly freeTier?: boolean;
  /** Price snapshot directory (default: the one bundled with cdk-cost). */
  readonly snapshotDir?: string;
  /** Also fail `app.synth()` with a validation error when over budget (default true). */
  readonly failSynth?: boolean;
  /**
   * Also fail when an AWS limit (quota, payload size, timeout) is crossed at the estimated load, as
   * `cdk-cost estimate --fail-on-limits` does (default false).
   */
  readonly failOnLimits?: boolean;
  /** Peak requests/s ÷ the monthly average, for failOnLimits (default 3, as --peak-factor). */
  readonly peakFactor?: number;
}

export class CostGuard implements IAspect {
  private readonly scopes = new Set<IConstruct>();

  constructor(private readonly props: CostGuardProps = {}) {
    const max = props.maxMonthlyUsd;
    if (max !== undefined && !(typeof max === 'number' && Number.isFinite(max) && max >= 0)) {
      throw new Error(`CostGuard: maxMonthlyUsd must be a number of USD ≥ 0, got ${String(max)}`);
    }
    const peak = props.peakFactor;
    if (peak !== undefined && !(typeof peak === 'number' && Number.isFinite(peak) && peak >= 1)) {
      throw new Error(`CostGuard: peakFactor must be a number ≥ 1 (peak requests/s ÷ the monthly average), got ${String(peak)}`);
    }
  }

  visit(node: IConstruct): void {
    // Aspects visit top-down, so the first node seen in a subtree is the one the guard was added to.
    if (node.node.scopes.some((s) => this.scopes.has(s))) return;
    this.scopes.add(node);
    // Validation errors are shown as "[path] message": hang the check on the first stack rather than
    // on the App, whose path is empty.
    const host = node.node.path ? node : (node.node.findAll().find((c) => cdkLib().Stack.isStack(c)) ?? node);
    host.node.addValidation({ validate: () => this.check(node) });
  }

  private check(scope: IConstruct): string[] {
    // `cdk-cost estimate` synthesizes with this context: it shows the estimate and says the guard would fail.
    const reportOnly = [true, 'true'].includes(scope.node.tryGetContext(GUARD_REPORT_ONLY_CONTEXT) as boolean | string);
    const fail = (target: IConstruct, message: string) =>
      reportOnly ? target.node.addMetadata(GUARD_FAILURE_METADATA, message) : cdkLib().Annotations.of(target).addError(message);
    let result: GuardResult;
    try {
      result = loadGuardEngine().evaluate(scope, this.props);
    } catch (error) {
      // A user mistake (usage file, region without prices) stops synthesis with its message; a bug propagates.
      if ((error as Error).name !== 'UserError') throw error;
      const hint = (error as { hint?: string }).hint;
      const message = `cdk-cost CostGuard: ${(error as Error).message}${hint ? ` (${hint})` : ''}`;
      // On the stacks: the CDK CLI reports annotations per stack (one on the App itself is never shown).
      const stacks = scope.node.findAll().filter((c) => cdkLib().Stack.isStack(c));
      for (const target of stacks.length ? stacks : [scope]) fail(target, message);
      return this.props.failSynth === false || reportOnly ? [] : [message];
    }
    for (const a of result.annotations) {
      if (a.level === 'error') fail(a.stack, a.message);
      else cdkLib().Annotations.of(a.stack).addWarningV2('cdk-cost:estimate', a.message);
    }
    const errors = [...new Set(result.annotations.filter((a) => a.level === 'error').map((a) => a.message))];
    return this.props.failSynth === false || reportOnly ? [] : errors;
  }
}
