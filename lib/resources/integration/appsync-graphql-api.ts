/**
 * AWS::AppSync::GraphQLApi — AppSync bills query and data-modification operations, real-time
 * updates (messages) and real-time connection minutes; all three are usage keys. AWS::AppSync::ApiCache
 * is billed per hour by cache instance type; AWS::AppSync::Api (AppSync Events) per Event API operation
 * and connection minute. Schema, resolvers, data sources, keys and channel namespaces are parts of an
 * API with no charge of their own.
 */
import { definePricer } from '../pricer.js';
import { str } from '../../model/properties.js';
import { monthlyHours } from '../../quantities.js';
import type { PriceKeyOf } from '../../pricing/price-keys.js';

const SERVICE = 'AWSAppSync';

export const appSyncGraphQLApi = definePricer({
  types: ['AWS::AppSync::GraphQLApi'],
  service: 'AppSync',
  serviceCodes: [SERVICE],
  usageKeys: [
    { name: 'monthlyQueriesAndMutations', unit: 'operations/month', description: 'Query and mutation operations' },
    { name: 'monthlyRealTimeUpdates', unit: 'messages/month', description: 'Real-time updates (subscription messages) delivered' },
    { name: 'monthlyConnectionMinutes', unit: 'minutes/month', description: 'Real-time (WebSocket) connection minutes' },
  ],
  price(ctx) {
    const line = (
      name: string,
      unit: string,
      usageKey: 'monthlyQueriesAndMutations' | 'monthlyRealTimeUpdates' | 'monthlyConnectionMinutes',
      key: PriceKeyOf<'AWSAppSync'>,
    ) =>
      ctx.add({
        name,
        unit,
        quantity: ctx.usage.number(usageKey),
        price: { serviceCode: SERVICE, key },
        usageBased: true,
        usageKeys: [usageKey],
      });
    line('Query and mutation operations', 'operations', 'monthlyQueriesAndMutations', 'API Query and Data Modifications Operations');
    line('Real-time updates', 'messages', 'monthlyRealTimeUpdates', 'RealTime Updates per Messages');
    line('Real-time connection minutes', 'minutes', 'monthlyConnectionMinutes', 'RealTime Connection per Minutes');
  },
});

/**
 * ApiCache Type → the cache's memory in GiB, as AWS's rate names carry it ("API Calls CacheMemorySize
 * 12 3 per Hrs" is cache.large, 12.3 GiB). The legacy T2/R4 types are the same sizes (AppSync docs).
 */
const CACHE_MEMORY: Record<string, string> = {
  SMALL: '1 55',
  T2_SMALL: '1 55',
  MEDIUM: '3 22',
  T2_MEDIUM: '3 22',
  LARGE: '12 3',
  R4_LARGE: '12 3',
  XLARGE: '25 05',
  R4_XLARGE: '25 05',
  LARGE_2X: '50 47',
  R4_2XLARGE: '50 47',
  LARGE_4X: '101 38',
  R4_4XLARGE: '101 38',
  LARGE_8X: '203 26',
  R4_8XLARGE: '203 26',
  LARGE_12X: '317 77',
};

export const appSyncApiCache = definePricer({
  types: ['AWS::AppSync::ApiCache'],
  service: 'AppSync',
  serviceCodes: [SERVICE],
  usageKeys: [],
  price(ctx) {
    const type = str(ctx.resource, 'Type');
    const memory = type ? CACHE_MEMORY[type] : undefined;
    if (!type || !memory) {
      ctx.unsupported(type ? `cache Type ${type} is not one AppSync offers` : 'cache Type is not readable from the template');
      return;
    }
    ctx.add({
      name: `API cache (${type}, ${memory.replace(' ', '.')} GiB)`,
      unit: 'hours',
      quantity: monthlyHours(),
      price: { serviceCode: SERVICE, key: `API Calls CacheMemorySize ${memory} per Hrs` },
      usageBased: false,
    });
  },
});

export const appSyncParts = definePricer({
  types: [
    'AWS::AppSync::GraphQLSchema',
    'AWS::AppSync::Resolver',
    'AWS::AppSync::DataSource',
    'AWS::AppSync::FunctionConfiguration',
    'AWS::AppSync::ApiKey',
    'AWS::AppSync::DomainName',
    'AWS::AppSync::DomainNameApiAssociation',
    'AWS::AppSync::SourceApiAssociation',
  ],
  service: 'AppSync',
  serviceCodes: [],
  usageKeys: [],
  price(ctx) {
    ctx.free('part of the API; operations are billed on the API');
  },
});

/** AWS::AppSync::Api (AppSync Events): Event API operations and real-time connection minutes. */
export const appSyncEventApi = definePricer({
  types: ['AWS::AppSync::Api'],
  service: 'AppSync',
  serviceCodes: [SERVICE],
  usageKeys: [
    { name: 'monthlyEventOperations', unit: 'operations/month', description: 'Event API operations (publishes, deliveries, subscribes)' },
    { name: 'monthlyConnectionMinutes', unit: 'minutes/month', description: 'Real-time (WebSocket) connection minutes' },
  ],
  price(ctx) {
    const line = (
      name: string,
      unit: string,
      usageKey: 'monthlyEventOperations' | 'monthlyConnectionMinutes',
      key: PriceKeyOf<'AWSAppSync'>,
    ) =>
      ctx.add({
        name,
        unit,
        quantity: ctx.usage.number(usageKey),
        price: { serviceCode: SERVICE, key },
        usageBased: true,
        usageKeys: [usageKey],
      });
    line('Event API operations', 'operations', 'monthlyEventOperations', 'RealTime per Operation');
    line('Connection minutes', 'minutes', 'monthlyConnectionMinutes', 'RealTime per Minute');
  },
});

export const appSyncEventApiParts = definePricer({
  types: ['AWS::AppSync::ChannelNamespace'],
  service: 'AppSync',
  serviceCodes: [],
  usageKeys: [],
  price(ctx) {
    ctx.free('part of the Event API; operations are billed on the API');
  },
});
