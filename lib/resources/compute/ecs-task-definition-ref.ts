/**
 * The AWS::ECS::TaskDefinition a service or task set runs: a Ref/GetAtt to it, or — as CDK apps and
 * hand-written templates often give it — its family as a string ("web", "web:7", or the task
 * definition ARN), matched against the Family of the task definitions in the template (its own
 * stack first, then the app's other stacks).
 */
import type { Architecture, ResourceModel } from '../../model/architecture.js';
import { referencedResource, stackResourcesOfType } from '../../model/find-resources.js';
import { prop, str } from '../../model/properties.js';

const TASK_DEFINITION = 'AWS::ECS::TaskDefinition';

export interface TaskDefinitionRef {
  taskDefinition?: ResourceModel;
  /** How a family string was matched, for a note. */
  note?: string;
}

export function findTaskDefinition(architecture: Architecture, from: ResourceModel): TaskDefinitionRef {
  const value = prop(from, 'TaskDefinition');
  const referenced = referencedResource(architecture, from, value);
  if (referenced) return { taskDefinition: referenced };
  if (typeof value !== 'string') return {};
  // arn:aws:ecs:region:account:task-definition/family:revision → family:revision
  const name = value.startsWith('arn:') ? value.slice(value.lastIndexOf('/') + 1) : value;
  const [family, revision] = name.split(':');
  const byFamily = (r: ResourceModel) => str(r, 'Family') === family;
  const own = stackResourcesOfType(architecture, from, TASK_DEFINITION).find(byFamily);
  const elsewhere = own ?? architecture.stacks.flatMap((s) => s.resources).find((r) => r.type === TASK_DEFINITION && byFamily(r));
  if (!elsewhere) return {};
  const where = elsewhere.stack === from.stack ? '' : ` in stack ${elsewhere.stack}`;
  const rev = revision ? ` (revision ${revision} priced as the template defines the family today)` : '';
  const note = `TaskDefinition "${value}": the task definition with Family ${family}${where}, ${elsewhere.logicalId}${rev}`;
  return { taskDefinition: elsewhere, note };
}
