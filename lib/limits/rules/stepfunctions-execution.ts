/**
 * Step Functions per execution: a Standard workflow's history (at least one event per state
 * transition, so transitionsPerExecution is a lower bound on its events) and an Express workflow's
 * maximum duration. Both fail the execution whatever the load.
 */
import { limitIn } from '../catalogue.js';
import type { LimitFinding, LimitRule } from '../limit-types.js';
import { perRequest, round } from '../load-math.js';

export const stepFunctionsExecution: LimitRule = {
  id: 'stepfunctions-execution',
  description: 'Standard: transitions per execution against the history size; Express: average duration against the maximum',
  types: ['AWS::StepFunctions::StateMachine'],
  limits: ['stepfunctions.standard-history', 'stepfunctions.express-duration'],
  evaluate(input) {
    const region = input.resource.region;
    const express = input.model?.properties['StateMachineType'] === 'EXPRESS';
    const findings: LimitFinding[] = [];
    if (express) {
      const durationMs = input.usage.get('avgDurationMs');
      const limit = limitIn(input.catalogue, 'stepfunctions.express-duration', region);
      if (durationMs !== undefined && limit) {
        const seconds = durationMs / 1000;
        const avoid = 'Use a Standard workflow for long runs (or an Express child per short step), or split the work.';
        findings.push(...perRequest(input, this.id, limit, seconds, `${round(seconds)} s per execution`, avoid));
      }
      return findings;
    }
    const transitions = input.usage.get('transitionsPerExecution');
    const limit = limitIn(input.catalogue, 'stepfunctions.standard-history', region);
    if (transitions !== undefined && limit) {
      const load = `${round(transitions)} state transitions per execution, at least one history event each`;
      const avoid = 'Continue as a new execution before the history fills, or move loops into a Distributed Map or child workflows.';
      findings.push(...perRequest(input, this.id, limit, transitions, load, avoid));
    }
    return findings;
  },
};
