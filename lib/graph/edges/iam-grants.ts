/**
 * Data edges from IAM grants: a function whose role may write a table, put objects, send messages,
 * publish, invoke, start executions… An IAM grant says what code may do, not how often it does it,
 * so these edges carry load only when the user gives a ratio: writes or reads per invocation, or
 * per record (what an event source mapping delivers in a batch).
 */
import type { ResourceModel } from '../../model/architecture.js';
import type { Carried, EdgeKind, FlowEdge } from '../edge-kind.js';
import type { ResourceIndex } from '../references.js';

/** Target type → IAM actions (service prefix, then verbs) that write and that read it. */
const ACCESS: Record<string, { prefix: string; write: RegExp; read?: RegExp }> = {
  'AWS::DynamoDB::Table': {
    prefix: 'dynamodb',
    write: /^(PutItem|UpdateItem|DeleteItem|BatchWriteItem|PartiQLInsert|PartiQLUpdate|PartiQLDelete)$/,
    read: /^(GetItem|BatchGetItem|Query|Scan|PartiQLSelect)$/,
  },
  'AWS::S3::Bucket': { prefix: 's3', write: /^PutObject$/, read: /^GetObject$/ },
  'AWS::SQS::Queue': { prefix: 'sqs', write: /^SendMessage$/, read: /^ReceiveMessage$/ },
  'AWS::SNS::Topic': { prefix: 'sns', write: /^Publish$/ },
  'AWS::Lambda::Function': { prefix: 'lambda', write: /^InvokeFunction$/ },
  'AWS::StepFunctions::StateMachine': { prefix: 'states', write: /^(StartExecution|StartSyncExecution)$/ },
  'AWS::Events::EventBus': { prefix: 'events', write: /^PutEvents$/ },
  'AWS::Kinesis::Stream': { prefix: 'kinesis', write: /^(PutRecord|PutRecords)$/, read: /^GetRecords$/ },
  'AWS::SecretsManager::Secret': { prefix: 'secretsmanager', write: /^PutSecretValue$/, read: /^GetSecretValue$/ },
};

const RATIOS = ['writesPerInvocation', 'writesPerRecord', 'readsPerInvocation', 'readsPerRecord'] as const;

export const iamGrants: EdgeKind = {
  kind: 'iam-grant',
  description: 'IAM grant (a function may write or read a table, bucket, queue, …): carries load only with a ratio',
  ratios: [
    {
      name: 'writesPerInvocation',
      unit: 'per invocation',
      description: 'writes (items, objects, messages, publishes, invocations, executions) per invocation of the function',
    },
    { name: 'writesPerRecord', unit: 'per record', description: 'writes per record the function processes (batch size × invocations)' },
    { name: 'readsPerInvocation', unit: 'per invocation', description: 'reads (items, GETs, receives) per invocation' },
    { name: 'readsPerRecord', unit: 'per record', description: 'reads per record the function processes' },
  ],
  find(index) {
    const edges: FlowEdge[] = [];
    const functionsByRole = new Map<string, ResourceModel[]>();
    for (const fn of index.ofType('AWS::Lambda::Function')) {
      for (const role of index.referenced(fn, fn.properties.Role).filter((r) => r.type === 'AWS::IAM::Role')) {
        const key = `${role.stack}\u0000${role.logicalId}`;
        functionsByRole.set(key, [...(functionsByRole.get(key) ?? []), fn]);
      }
    }
    const grants = new Map<string, { fn: ResourceModel; target: ResourceModel; write: Set<string>; read: Set<string>; via: string }>();
    const addStatements = (holder: ResourceModel, roles: ResourceModel[], document: unknown) => {
      const functions = roles.flatMap((r) => functionsByRole.get(`${r.stack}\u0000${r.logicalId}`) ?? []);
      if (functions.length === 0) return;
      const statements = (document as { Statement?: unknown } | undefined)?.Statement;
      for (const statement of Array.isArray(statements)
        ? (statements as Array<Record<string, unknown>>)
        : statements
          ? [statements as Record<string, unknown>]
          : []) {
        if (statement.Effect !== 'Allow') continue;
        const actions = ([] as unknown[]).concat(statement.Action ?? []).filter((a): a is string => typeof a === 'string');
        for (const target of index.referenced(holder, statement.Resource)) {
          const access = ACCESS[target.type];
          if (!access) continue;
          const write = actions.filter((a) => matches(a, access.prefix, access.write));
          const read = access.read ? actions.filter((a) => matches(a, access.prefix, access.read!)) : [];
          if (write.length === 0 && read.length === 0) continue;
          for (const fn of functions) {
            if (fn === target) continue;
            const key = `${fn.stack}\u0000${fn.logicalId}\u0000${target.logicalId}`;
            const grant = grants.get(key) ?? { fn, target, write: new Set<string>(), read: new Set<string>(), via: holder.path };
            for (const a of write) grant.write.add(a);
            for (const a of read) grant.read.add(a);
            grants.set(key, grant);
          }
        }
      }
    };
    for (const policy of index.ofType('AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy')) {
      addStatements(policy, rolesOf(index, policy, policy.properties.Roles), policy.properties.PolicyDocument);
    }
    for (const role of index.ofType('AWS::IAM::Role')) {
      const inline = role.properties.Policies;
      for (const p of Array.isArray(inline) ? (inline as Array<Record<string, unknown>>) : [])
        addStatements(role, [role], p.PolicyDocument);
    }
    for (const g of grants.values()) {
      const access = [g.write.size ? 'write' : '', g.read.size ? 'read' : ''].filter(Boolean).join('+');
      edges.push({
        kind: 'iam-grant',
        from: g.fn,
        to: g.target,
        label: `IAM grant (${[...g.write, ...g.read].slice(0, 3).join(', ')}${g.write.size + g.read.size > 3 ? ', …' : ''})`,
        facts: { access, write: g.write.size > 0, read: g.read.size > 0 },
        via: g.via,
      });
    }
    return edges;
  },
  carry(edge, source, ratios) {
    const carried: Carried[] = [];
    for (const name of RATIOS) {
      if (!ratios.given(name)) continue;
      const ratio = ratios.get(name)!;
      const write = name.startsWith('writes');
      const perRecord = name.endsWith('PerRecord');
      const from = perRecord ? 'records' : source.primary;
      carried.push({
        channel: write ? 'write' : 'read',
        amount: source.amount(from).times(ratio),
        from,
        step: `× ${ratio} ${write ? 'write' : 'read'}${ratio.eq(1) ? '' : 's'} per ${perRecord ? 'record' : 'invocation'} (ratio)`,
      });
    }
    if (carried.length) return carried;
    const can = [
      edge.facts.write ? 'writesPerInvocation or writesPerRecord' : '',
      edge.facts.read ? 'readsPerInvocation or readsPerRecord' : '',
    ]
      .filter(Boolean)
      .join(', or ');
    return { reason: `an IAM grant says what the function may do, not how often: give ${can}` };
  },
};

function rolesOf(index: ResourceIndex, policy: ResourceModel, roles: unknown): ResourceModel[] {
  return index.referenced(policy, roles).filter((r) => r.type === 'AWS::IAM::Role');
}

/** Whether an IAM action pattern ("dynamodb:PutItem", "s3:GetObject*", "sqs:*") grants one of the verbs. */
function matches(action: string, prefix: string, verbs: RegExp): boolean {
  const [service, verb] = action.split(':');
  if (!service || !verb || (service.toLowerCase() !== prefix && service !== '*')) return false;
  if (!verb.includes('*')) return verbs.test(verb);
  const pattern = new RegExp(`^${verb.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  // A wildcard grants a verb when it matches one of the verbs the regex lists.
  return verbs.source
    .replace(/^\^\(?|\)?\$$/g, '')
    .split('|')
    .some((v) => pattern.test(v));
}
