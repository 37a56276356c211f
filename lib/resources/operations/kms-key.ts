/**
 * AWS::KMS::Key — each customer managed key is billed per month, plus its API requests
 * (symmetric and HMAC at one rate; asymmetric keys at the RSA 2048 or other asymmetric rate).
 * A multi-Region replica (AWS::KMS::ReplicaKey) is a key of its own.
 */
import { Decimal } from '../../money.js';
import { definePricer } from '../pricer.js';
import { bool, str } from '../../model/properties.js';

function requestKey(keySpec: string, keyUsage: string | undefined) {
  if (keySpec === 'SYMMETRIC_DEFAULT' || keySpec.startsWith('HMAC_') || keyUsage === 'GENERATE_VERIFY_MAC')
    return 'API request - Non Free Tier';
  return keySpec === 'RSA_2048' ? 'Asymmetric Requests RSA_2048' : 'Asymmetric Requests except RSA_2048API';
}

export const kmsKey = definePricer({
  types: ['AWS::KMS::Key', 'AWS::KMS::ReplicaKey'],
  service: 'KMS',
  serviceCodes: ['awskms'],
  usageKeys: [
    {
      name: 'monthlyRequests',
      unit: 'requests/month',
      description: 'Cryptographic API requests (Encrypt, Decrypt, GenerateDataKey, …) using the key',
    },
  ],
  price(ctx) {
    const r = ctx.resource;
    const keySpec = str(r, 'KeySpec') ?? 'SYMMETRIC_DEFAULT';
    if (bool(r, 'Enabled') === false) ctx.note('a disabled key is still billed monthly');
    if (bool(r, 'EnableKeyRotation') === true)
      ctx.note(
        'automatic rotation: the first two rotated key versions are each billed like a key once rotated (a year after creation by ' +
          'default): not included',
      );
    ctx.add({
      name: `Customer managed key (${keySpec})`,
      unit: 'key-months',
      quantity: new Decimal(1),
      price: { serviceCode: 'awskms', key: 'Encryption Key' },
      usageBased: false,
    });
    ctx.add({
      name: 'API requests',
      unit: 'requests',
      quantity: ctx.usage.number('monthlyRequests'),
      price: { serviceCode: 'awskms', key: requestKey(keySpec, str(r, 'KeyUsage')) },
      usageBased: true,
      usageKeys: ['monthlyRequests'],
    });
  },
});
