/**
 * AWS::Events::Rule — rules have no charge: events are billed where they are published (custom
 * events on the event bus; AWS service events on the default bus and scheduled rules are free).
 * What a rule does cost is delivery to an API destination (per invocation) and to an event bus
 * in another account or region (each delivered event is billed as a custom event).
 */
import { referencedResource } from '../../model/find-resources.js';
import { definePricer } from '../pricer.js';
import { list, str } from '../../model/properties.js';

export const eventsRule = definePricer({
  types: ['AWS::Events::Rule'],
  service: 'EventBridge',
  serviceCodes: ['AWSEvents'],
  usageKeys: [
    {
      name: 'monthlyMatchedEvents',
      unit: 'events/month',
      description: 'Events the rule matches and delivers (for API-destination and cross-bus targets)',
    },
  ],
  price(ctx) {
    const r = ctx.resource;
    let apiDestinations = 0;
    let buses = 0;
    for (const target of list(r, 'Targets') ?? []) {
      const arn = (target as Record<string, unknown>).Arn;
      const referenced = referencedResource(ctx.architecture, r, arn);
      const text = typeof arn === 'string' ? arn : '';
      if (referenced?.type === 'AWS::Events::ApiDestination' || text.includes(':api-destination/')) apiDestinations++;
      else if (referenced?.type === 'AWS::Events::EventBus' || text.includes(':event-bus/')) buses++;
    }
    if (apiDestinations === 0 && buses === 0) {
      const bus = str(r, 'EventBusName') ?? 'default';
      ctx.free(
        `rules have no charge; ` +
          `${
            str(r, 'ScheduleExpression')
              ? 'scheduled invocations are free'
              : bus === 'default'
                ? 'AWS service events on the default bus are free and custom events are priced where they are published'
                : 'events are priced on the event bus they are published to'
          }`,
      );
      return;
    }
    const matched = ctx.usage.number('monthlyMatchedEvents');
    if (apiDestinations > 0) {
      ctx.add({
        name: `API destination invocations (${apiDestinations} target${apiDestinations > 1 ? 's' : ''})`,
        unit: 'invocations',
        quantity: matched?.times(apiDestinations),
        price: { serviceCode: 'AWSEvents', key: 'CloudWatch Events APIDestination' },
        usageBased: true,
        usageKeys: ['monthlyMatchedEvents'],
      });
    }
    if (buses > 0) {
      ctx.add({
        name: `Events delivered to another bus (${buses} target${buses > 1 ? 's' : ''})`,
        unit: 'events',
        quantity: matched?.times(buses),
        price: { serviceCode: 'AWSEvents', key: 'CloudWatch Events Custom Event' },
        usageBased: true,
        usageKeys: ['monthlyMatchedEvents'],
      });
    }
  },
});
