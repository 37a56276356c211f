/**
 * AWS::StepFunctions::StateMachine — Standard workflows bill state transitions (executions ×
 * transitions per execution); Express workflows bill requests and duration in GB-seconds (tiered),
 * each execution's duration rounded up to 100 ms and its memory to 64 MB.
 */
import { Decimal } from '../../money.js';
import { definePricer, type PricerContext } from '../pricer.js';
import { str } from '../../model/properties.js';
import { fmt, times } from '../../quantities.js';

export const stepFunctionsStateMachine = definePricer({
  types: ['AWS::StepFunctions::StateMachine'],
  service: 'Step Functions',
  serviceCodes: ['AmazonStates'],
  usageKeys: [
    { name: 'monthlyExecutions', unit: 'executions/month', description: 'Workflow executions started per month' },
    { name: 'transitionsPerExecution', unit: 'transitions', description: 'Standard: average state transitions per execution' },
    { name: 'avgDurationMs', unit: 'ms', description: 'Express: average execution duration' },
    { name: 'avgMemoryMB', unit: 'MB', description: 'Express: average memory an execution uses (default 64, the smallest billed amount)' },
  ],
  price(ctx) {
    const type = str(ctx.resource, 'StateMachineType') ?? 'STANDARD';
    if (type === 'EXPRESS') priceExpress(ctx);
    else priceStandard(ctx);
  },
});

function priceStandard(ctx: PricerContext): void {
  const executions = ctx.usage.number('monthlyExecutions');
  const perExecution = ctx.usage.number('transitionsPerExecution');
  ctx.add({
    name: 'State transitions (Standard)',
    unit: 'transitions',
    quantity: times(executions, perExecution),
    price: { serviceCode: 'AmazonStates', key: 'AWS Step Functions' },
    usageBased: true,
    usageKeys: ['monthlyExecutions', 'transitionsPerExecution'],
    ...(executions && perExecution ? { formula: `${fmt(executions)} executions × ${fmt(perExecution)} transitions` } : {}),
  });
}

function priceExpress(ctx: PricerContext): void {
  const executions = ctx.usage.number('monthlyExecutions');
  ctx.add({
    name: 'Requests (Express)',
    unit: 'requests',
    quantity: executions,
    price: { serviceCode: 'AmazonStates', key: 'Number of Workflow Requests' },
    usageBased: true,
    usageKeys: ['monthlyExecutions'],
  });
  const durationMs = ctx.usage.number('avgDurationMs');
  const billedMs = durationMs ? Decimal.max(100, durationMs.div(100).ceil().times(100)) : undefined;
  const billedMb = Decimal.max(64, ctx.usage.numberOr('avgMemoryMB', 64).div(64).ceil().times(64));
  const gb = billedMb.div(1024);
  ctx.add({
    name: `Duration (Express, ${fmt(billedMb)} MB)`,
    unit: 'GB-seconds',
    quantity: times(executions, billedMs?.div(1000), gb),
    price: { serviceCode: 'AmazonStates', key: 'Duration of Workflows' },
    usageBased: true,
    usageKeys: ['monthlyExecutions', 'avgDurationMs', 'avgMemoryMB'],
    ...(executions && billedMs ? { formula: `${fmt(executions)} executions × ${fmt(billedMs.div(1000))} s × ${fmt(gb)} GB` } : {}),
  });
}
