/**
 * Resources that still carry CloudFormation's tags (aws:cloudformation:stack-name / stack-id /
 * logical-id) although their stack was deleted, no longer has that logical id, or has since replaced
 * it with another physical resource — what DeletionPolicy: Retain (or a failed delete) leaves behind.
 */
import { LOGICAL_ID_TAG, STACK_ID_TAG, STACK_NAME_TAG } from '../datasets/stack-tags.js';
import { liveResource } from '../datasets/dataset.js';
import type { LiveResource, RuleFinding } from '../types.js';
import { arnResourceId, costsNothing, findByArn, typeFromArn } from './orphan-helpers.js';
import { INVENTORY_DATASETS } from '../datasets/index.js';
import type { Rule } from './rule.js';
import { inScope } from './stack-index.js';

export const orphanStackTag: Rule = {
  id: 'orphan-stack-tag',
  kind: 'orphaned',
  message: 'Resource tagged by a CloudFormation stack that no longer has it',
  datasets: ['stacks'],
  // Every inventory dataset: a resource of any listed type can be left behind.
  optionalDatasets: ['stackTags', ...INVENTORY_DATASETS],
  evaluate(data, ctx) {
    const stacks = data.get('stacks');
    // Tags come from the tagging API (all services) and from describe calls that return tags (EC2, RDS).
    const tagged = new Map<string, { resource: LiveResource; tags: Record<string, string> }>();
    for (const r of data.inventory()) if (r.tags[STACK_NAME_TAG]) tagged.set(r.id, { resource: r, tags: r.tags });
    if (data.has('stackTags')) {
      for (const t of data.get('stackTags')) {
        const known = findByArn(data, t.arn);
        const resource =
          known ?? liveResource({ id: t.arn, name: arnResourceId(t.arn), type: typeFromArn(t.arn), region: ctx.region, tags: t.tags });
        const entry = tagged.get(resource.id);
        tagged.set(resource.id, { resource, tags: { ...t.tags, ...(entry?.tags ?? {}) } });
      }
    }
    const findings: RuleFinding[] = [];
    for (const { resource, tags } of tagged.values()) {
      const stackName = tags[STACK_NAME_TAG]!;
      if (!inScope(stackName, ctx) || costsNothing(resource.type)) continue;
      const stackId = tags[STACK_ID_TAG];
      const logicalId = tags[LOGICAL_ID_TAG];
      const live = stackId ? stacks.live.find((s) => s.id === stackId) : stacks.live.find((s) => s.name === stackName);
      const tagEvidence = { text: `tagged ${STACK_NAME_TAG}=${stackName}${logicalId ? `, ${LOGICAL_ID_TAG}=${logicalId}` : ''}`, tags };
      let why: string | undefined;
      if (!live) {
        const deleted = stacks.deleted.find((s) => s.id === stackId || (!stackId && s.name === stackName));
        why = deleted
          ? `stack ${stackName} was deleted${deleted.deletedAt ? ` on ${deleted.deletedAt.toISOString().slice(0, 10)}` : ''}; ` +
            'the resource was left behind'
          : `stack ${stackName}${stackId ? ` (${stackId})` : ''} no longer exists`;
      } else if (logicalId) {
        const current = live.resources.find((r) => r.logicalId === logicalId);
        if (!current) why = `stack ${stackName} no longer contains logical id ${logicalId}`;
        else if (
          current.physicalId &&
          !resource.physicalIds.includes(current.physicalId) &&
          arnResourceId(resource.id) !== current.physicalId
        ) {
          why = `stack ${stackName} replaced ${logicalId} with ${current.physicalId}; this is the old one`;
        }
      }
      if (!why) continue;
      findings.push({
        resource,
        stack: stackName,
        evidence: [{ text: why }, tagEvidence],
        action: 'Delete it if nothing uses it (it is outside any stack now), or import it into a stack that manages it.',
      });
    }
    return findings;
  },
};
