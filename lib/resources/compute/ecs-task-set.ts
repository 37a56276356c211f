/**
 * AWS::ECS::TaskSet — a service with the EXTERNAL deployment controller runs its tasks in task
 * sets; each is priced like a service's tasks (ecs-service.ts) for its share of them: Scale
 * (percent of the service's DesiredCount, rounded up as ECS computes the task set's desired count)
 * or the `tasks` usage key. The service itself is then free (its tasks are here).
 */
import { Decimal } from '../../money.js';
import { referencedResource } from '../../model/find-resources.js';
import { definePricer } from '../pricer.js';
import { num, prop, str } from '../../model/properties.js';
import { ecsService } from './ecs-service.js';

export const ecsTaskSet = definePricer({
  types: ['AWS::ECS::TaskSet'],
  service: ecsService.service,
  serviceCodes: ecsService.serviceCodes,
  usageKeys: ecsService.usageKeys,
  price(ctx) {
    const r = ctx.resource;
    const service = referencedResource(ctx.architecture, r, prop(r, 'Service'));
    const desired = service ? num(service, 'DesiredCount') : undefined;
    const scale = str(r, 'Scale.Unit') === 'PERCENT' ? num(r, 'Scale.Value') : undefined;
    let count: number | undefined;
    if (desired !== undefined) {
      count = scale === undefined ? desired : new Decimal(desired).times(scale).div(100).ceil().toNumber();
      const share = scale === undefined ? 'Scale not set, 100%' : `Scale ${scale}%`;
      ctx.note(`tasks: ${share} of ${service!.logicalId}'s DesiredCount ${desired}`);
    } else if (!ctx.usage.has('tasks')) {
      ctx.note('the service\'s DesiredCount is not in this template: priced for 1 task; set the "tasks" usage key');
    }
    // Priced as a service with this task set's launch settings and task count: the same components and rules.
    const asService = { ...r, properties: { ...r.properties, ...(count !== undefined ? { DesiredCount: count } : {}) } };
    ecsService.price({ ...ctx, resource: asService });
  },
});
