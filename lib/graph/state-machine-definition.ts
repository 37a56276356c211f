/**
 * A Step Functions definition (Amazon States Language) from a template: DefinitionString (often an
 * Fn::Join around ARNs), DefinitionSubstitutions, or Definition. References inside it are replaced
 * by placeholders, so the JSON parses and each Task still says which resource it calls.
 *
 * Counting follows the default path of one execution: from StartAt through each state's Next; a
 * Choice takes its Default (else its first rule); Catch and Retry paths are not taken; Parallel
 * runs every branch; a Map runs its iterator once per item (itemsPerExecution, default 1). Each
 * state entered is one state transition — what Standard workflows are billed by.
 */
import { referencedIds } from './references.js';

export interface TaskVisit {
  state: string;
  /** The service integration, e.g. "lambda:invoke", "sqs:sendMessage"; "lambda" for a bare function ARN. */
  action: string;
  /** Logical ids the task's Resource and Parameters refer to. */
  targets: string[];
  /** Times the state is entered per execution on the default path (0 when off it). */
  visits: number;
}

export interface DefinitionSummary {
  transitionsPerExecution: number;
  tasks: TaskVisit[];
  notes: string[];
}

interface States {
  StartAt?: string;
  States?: Record<string, Record<string, unknown>>;
}

const PLACEHOLDER = /__cdkcost_ref_(\d+)__/g;

export function readDefinition(properties: Record<string, unknown>): DefinitionSummary | undefined {
  const refs: string[] = [];
  const placeholder = (value: unknown): string => {
    const ids = referencedIds(value);
    refs.push(ids[0] ?? '');
    return `__cdkcost_ref_${refs.length - 1}__`;
  };
  let text: string | undefined;
  const raw = properties.DefinitionString ?? properties.Definition;
  if (typeof raw === 'string') text = raw;
  else if (raw && typeof raw === 'object' && Array.isArray((raw as Record<string, unknown>)['Fn::Join'])) {
    const [sep, parts] = (raw as { 'Fn::Join': [unknown, unknown] })['Fn::Join'];
    if (typeof sep === 'string' && Array.isArray(parts)) text = parts.map((p) => (typeof p === 'string' ? p : placeholder(p))).join(sep);
  } else if (raw && typeof raw === 'object') {
    text = JSON.stringify(raw, (_k, v) =>
      v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && /^(Ref|Fn::)/.test(Object.keys(v)[0]!)
        ? placeholder(v)
        : v,
    );
  }
  if (text === undefined) return undefined;
  const substitutions = properties.DefinitionSubstitutions as Record<string, unknown> | undefined;
  if (substitutions)
    text = text.replace(/\$\{([^}]+)\}/g, (whole, name: string) =>
      name in substitutions
        ? typeof substitutions[name] === 'string'
          ? (substitutions[name] as string)
          : placeholder(substitutions[name])
        : whole,
    );
  let definition: States;
  try {
    definition = JSON.parse(text) as States;
  } catch {
    return undefined;
  }
  const summary: DefinitionSummary = { transitionsPerExecution: 0, tasks: [], notes: [] };
  const visits = new Map<string, number>();
  walk(definition, 1, visits, summary, refs);
  collectTasks(definition, visits, summary, refs);
  return summary;
}

function walk(machine: States, times: number, visits: Map<string, number>, summary: DefinitionSummary, refs: string[]): void {
  const states = machine.States ?? {};
  const seen = new Set<string>();
  let name = machine.StartAt;
  while (name && states[name]) {
    if (seen.has(name)) {
      summary.notes.push(`the default path loops back to "${name}"; the loop is counted once`);
      return;
    }
    seen.add(name);
    const state = states[name]!;
    visits.set(name, (visits.get(name) ?? 0) + times);
    summary.transitionsPerExecution += times;
    if (state.Type === 'Parallel' && Array.isArray(state.Branches)) {
      for (const branch of state.Branches as States[]) {
        walk(branch, times, visits, summary, refs);
        collectTasks(branch, visits, summary, refs);
      }
    }
    if (state.Type === 'Map') {
      const iterator = (state.ItemProcessor ?? state.Iterator) as States | undefined;
      if (iterator) {
        walk(iterator, times, visits, summary, refs);
        collectTasks(iterator, visits, summary, refs);
      }
    }
    if (state.Type === 'Choice') {
      const choices = Array.isArray(state.Choices) ? (state.Choices as Array<Record<string, unknown>>) : [];
      name = (state.Default as string | undefined) ?? (choices[0]?.Next as string | undefined);
      continue;
    }
    if (state.End === true || state.Type === 'Succeed' || state.Type === 'Fail') return;
    name = state.Next as string | undefined;
  }
}

function collectTasks(machine: States, visits: Map<string, number>, summary: DefinitionSummary, refs: string[]): void {
  for (const [name, state] of Object.entries(machine.States ?? {})) {
    if (state.Type !== 'Task' || typeof state.Resource !== 'string') continue;
    if (summary.tasks.some((t) => t.state === name)) continue;
    const resource = state.Resource;
    const integration = /:states:::([a-z0-9-]+:[A-Za-z0-9]+)/.exec(resource.replace(':::aws-sdk:', ':::'))?.[1];
    const ids = new Set<string>();
    for (const text of [resource, JSON.stringify(state.Parameters ?? state.Arguments ?? {})])
      for (const m of text.matchAll(PLACEHOLDER)) if (refs[Number(m[1])]) ids.add(refs[Number(m[1])]!);
    summary.tasks.push({
      state: name,
      action: integration ?? (/__cdkcost_ref_\d+__/.test(resource) ? 'lambda' : resource),
      targets: [...ids],
      visits: visits.get(name) ?? 0,
    });
  }
}
