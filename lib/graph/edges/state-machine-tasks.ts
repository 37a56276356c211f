/**
 * Step Functions task states → Lambda function, DynamoDB table, SQS queue, SNS topic, state
 * machine, event bus: one call per visit of the state, counted on the default path of the
 * definition (see state-machine-definition.ts). A task off that path (a Catch handler, a rarely
 * taken Choice branch) carries load only when the user gives `perExecution`.
 */
import { Decimal } from '../../money.js';
import type { EdgeKind, FlowEdge } from '../edge-kind.js';
import { readDefinition } from '../state-machine-definition.js';

const TARGET_TYPES = [
  'AWS::Lambda::Function',
  'AWS::DynamoDB::Table',
  'AWS::SQS::Queue',
  'AWS::SNS::Topic',
  'AWS::StepFunctions::StateMachine',
  'AWS::Events::EventBus',
  'AWS::Kinesis::Stream',
];
const READS = /^dynamodb:(getItem|query|scan|batchGetItem)$/i;

export const stateMachineTasks: EdgeKind = {
  kind: 'state-machine-task',
  description: 'Step Functions task state → function, table, queue, topic, …: one call per visit on the default path',
  ratios: [
    {
      name: 'perExecution',
      unit: 'calls/execution',
      description: 'calls per execution (for tasks off the default path, or to override it)',
    },
  ],
  find(index) {
    const edges: FlowEdge[] = [];
    for (const machine of index.ofType('AWS::StepFunctions::StateMachine')) {
      const summary = readDefinition(machine.properties);
      if (!summary) continue;
      const perTarget = new Map<string, { visits: number; states: string[]; action: string }>();
      for (const task of summary.tasks) {
        for (const id of task.targets) {
          const target = index.referenced(machine, { Ref: id }).find((r) => TARGET_TYPES.includes(r.type));
          if (!target) continue;
          const entry = perTarget.get(target.logicalId) ?? { visits: 0, states: [], action: task.action };
          entry.visits += task.visits;
          entry.states.push(task.state);
          perTarget.set(target.logicalId, entry);
        }
      }
      for (const [id, entry] of perTarget) {
        const target = index.get(machine.stack, id)!;
        edges.push({
          kind: 'state-machine-task',
          from: machine,
          to: target,
          label:
            `Step Functions task${entry.states.length > 1 ? 's' : ''} ` +
            `${entry.states.map((s) => `"${s}"`).join(', ')} (${entry.action})`,
          facts: { visits: entry.visits, read: READS.test(entry.action) },
          via: machine.path,
        });
      }
    }
    return edges;
  },
  carry(edge, source, ratios) {
    const given = ratios.get('perExecution');
    const visits = given ?? new Decimal(edge.facts.visits as number);
    if (visits.isZero() && !given)
      return { reason: 'the task is not on the default path of the definition; give perExecution (calls per execution)' };
    const channel = edge.to.type === 'AWS::DynamoDB::Table' ? (edge.facts.read === true ? 'read' : 'write') : 'primary';
    return [
      {
        channel,
        amount: source.amount(source.primary).times(visits),
        from: source.primary,
        step: given ? `× ${given} calls per execution (ratio)` : `× ${visits} visit${visits.eq(1) ? '' : 's'} per execution (default path)`,
      },
    ];
  },
};
