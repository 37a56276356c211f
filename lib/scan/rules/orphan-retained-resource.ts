/**
 * Resources left behind by CloudFormation, found by set difference: the region's resources minus the
 * physical ids of every live stack (ListStackResources). A resource outside every live stack is
 * counted as left behind only with evidence that CloudFormation made it: a deleted stack recorded it
 * (ListStackResources of the deleted stack), or its name is one CloudFormation generates for a stack
 * we know ("<Stack>-<LogicalId>-<RANDOM>"). Resources made by hand or by other tools are not
 * guessed at. Resources that still carry CloudFormation's tags are orphan-stack-tag's.
 */
import { STACK_NAME_TAG } from '../datasets/stack-tags.js';
import type { StackRecord } from '../datasets/stacks.js';
import type { RuleFinding } from '../types.js';
import { costsNothing } from './orphan-helpers.js';
import { INVENTORY_DATASETS } from '../datasets/index.js';
import type { Rule } from './rule.js';
import { inScope } from './stack-index.js';

/** CloudFormation names a resource "<stack>-<logical id, shortened>-<12 or 13 random characters>". */
const GENERATED_SUFFIX = /-[A-Za-z0-9]{12,13}$/;

function generatedFor(name: string, stackNames: string[]): string | undefined {
  if (!GENERATED_SUFFIX.test(name)) return undefined;
  const lower = name.toLowerCase();
  return stackNames.filter((s) => lower.startsWith(`${s.toLowerCase()}-`)).sort((a, b) => b.length - a.length)[0];
}

export const orphanRetainedResource: Rule = {
  id: 'orphan-retained-resource',
  kind: 'orphaned',
  message: 'Resource left behind by a deleted or changed CloudFormation stack',
  datasets: ['stacks'],
  // Every inventory dataset: a resource of any listed type can be left behind.
  optionalDatasets: [...INVENTORY_DATASETS],
  evaluate(data, ctx) {
    const stacks = data.get('stacks');
    const recordedBy = new Map<string, { stack: StackRecord; logicalId: string }>();
    for (const stack of stacks.deleted) {
      for (const r of stack.resources)
        if (r.physicalId && r.status !== 'DELETE_COMPLETE') recordedBy.set(r.physicalId, { stack, logicalId: r.logicalId });
    }
    const knownStacks = [...new Set([...stacks.live, ...stacks.deleted].map((s) => s.name))];
    const findings: RuleFinding[] = [];
    for (const resource of data.inventory()) {
      if (resource.tags[STACK_NAME_TAG] || costsNothing(resource.type)) continue;
      if (resource.physicalIds.some((id) => stacks.livePhysicalIds.has(id))) continue;
      const recorded = resource.physicalIds.map((id) => recordedBy.get(id)).find((r) => r !== undefined);
      if (recorded) {
        if (!inScope(recorded.stack.name, ctx)) continue;
        const when = recorded.stack.deletedAt ? ` on ${recorded.stack.deletedAt.toISOString().slice(0, 10)}` : '';
        findings.push({
          resource,
          stack: recorded.stack.name,
          evidence: [
            {
              text:
                `stack ${recorded.stack.name} was deleted${when}; it recorded this resource as ${recorded.logicalId} and did not ` +
                `delete it (DeletionPolicy: Retain)`,
            },
            { text: 'in no live stack (not among the physical ids of ListStackResources of any stack)' },
          ],
          action: 'Delete it if nothing uses it (back up data first), or import it into a stack that manages it.',
        });
        continue;
      }
      const stack = generatedFor(resource.name, knownStacks);
      if (!stack || !inScope(stack, ctx)) continue;
      const live = stacks.live.some((s) => s.name === stack);
      findings.push({
        resource,
        stack,
        evidence: [
          { text: `named as CloudFormation names resources of stack ${stack} ("${stack}-<LogicalId>-<suffix>")` },
          {
            text: live
              ? `stack ${stack} is live but no longer contains it (removed from the template, retained)`
              : `stack ${stack} was deleted; the resource was left behind`,
          },
        ],
        action: 'Delete it if nothing uses it (back up data first), or import it into a stack that manages it.',
      });
    }
    return findings;
  },
};
