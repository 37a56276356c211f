/**
 * Step Functions state machines: executions; Standard workflows are billed by state transitions,
 * counted from the definition's default path (state-machine-definition.ts), Express by requests.
 */
import { Decimal } from '../../../money.js';
import { fmt } from '../../../quantities.js';
import { str } from '../../../model/properties.js';
import { readDefinition } from '../../../graph/state-machine-definition.js';
import { underKeys, type NodeKind } from '../node-kind.js';

export const stateMachineNode: NodeKind = {
  types: ['AWS::StepFunctions::StateMachine'],
  primary: 'executions',
  channels: { executions: 'executions' },
  roles: { write: 'executions' },
  eventsKey: 'monthlyExecutions',
  ratios: [
    {
      name: 'transitionsPerExecution',
      unit: 'transitions',
      description: 'state transitions per execution (default: counted from the definition)',
    },
  ],
  usage(node) {
    if (!node.has('executions')) return [];
    const executions = node.amount('executions');
    if (str(node.resource, 'StateMachineType') === 'EXPRESS') {
      return underKeys(['monthlyExecutions'], executions, () => `${fmt(executions)} executions`, ['executions']);
    }
    let perExecution = node.ratio('transitionsPerExecution');
    let source = '(ratio)';
    if (!perExecution) {
      const summary = readDefinition(node.resource.properties);
      if (!summary) {
        node.note('the definition could not be read: give transitionsPerExecution');
        return underKeys(['monthlyExecutions'], executions, () => `${fmt(executions)} executions`, ['executions']);
      }
      perExecution = new Decimal(summary.transitionsPerExecution);
      source = '(states on the default path of the definition)';
      for (const n of summary.notes) node.note(n);
    }
    const transitions = perExecution;
    return [
      ...underKeys(['monthlyExecutions'], executions, () => `${fmt(executions)} executions`, ['executions']),
      // Per execution, not per month: the pricer multiplies, and a sweep does not scale it.
      ...underKeys(['transitionsPerExecution'], transitions, () => `${fmt(transitions)} transitions per execution ${source}`, []),
    ];
  },
};
