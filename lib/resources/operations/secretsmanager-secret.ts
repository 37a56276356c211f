/**
 * AWS::SecretsManager::Secret — per secret per month (each replica Region's copy is a secret of its
 * own), plus API calls.
 */
import { Decimal } from '../../money.js';
import { definePricer } from '../pricer.js';
import { list } from '../../model/properties.js';

export const secretsManagerSecret = definePricer({
  types: ['AWS::SecretsManager::Secret'],
  service: 'Secrets Manager',
  serviceCodes: ['AWSSecretsManager'],
  usageKeys: [{ name: 'monthlyApiCalls', unit: 'calls/month', description: 'API calls (GetSecretValue, …) per month' }],
  price(ctx) {
    const replicas = (list(ctx.resource, 'ReplicaRegions') ?? []).length;
    const copies = 1 + replicas;
    if (replicas > 0)
      ctx.note(
        `${replicas} replica Region${replicas > 1 ? 's' : ''}: each replica is billed as a secret, here at ${ctx.resource.region} rates`,
      );
    ctx.add({
      name: copies > 1 ? `Secret (${copies} copies: primary + replicas)` : 'Secret',
      unit: 'secret-months',
      quantity: new Decimal(copies),
      price: { serviceCode: 'AWSSecretsManager', key: 'Secret' },
      usageBased: false,
    });
    ctx.add({
      name: 'API calls',
      unit: 'calls',
      quantity: ctx.usage.number('monthlyApiCalls'),
      price: { serviceCode: 'AWSSecretsManager', key: 'API Request' },
      usageBased: true,
      usageKeys: ['monthlyApiCalls'],
    });
  },
});
