/**
 * AWS::Cognito::UserPool — monthly active users, by feature plan (UserPoolTier): Lite is tiered
 * per MAU, Essentials is one rate per MAU, Plus has no rate in the price data. Pools created
 * without a plan are Essentials (Cognito's default since November 2024).
 */
import { definePricer } from '../pricer.js';
import { str } from '../../model/properties.js';
import type { PriceKeyOf } from '../../pricing/price-keys.js';

/** Rate names in AmazonCognito (the Essentials rate is published as "Enterprise MAU"). */
const MAU_KEYS: Record<string, PriceKeyOf<'AmazonCognito'>> = {
  LITE: 'User Pool MAU',
  ESSENTIALS: 'Enterprise MAU per Requests',
  PLUS: 'Plus MAU',
};

export const cognitoUserPool = definePricer({
  types: ['AWS::Cognito::UserPool'],
  service: 'Cognito',
  serviceCodes: ['AmazonCognito'],
  usageKeys: [
    { name: 'monthlyActiveUsers', unit: 'MAUs', description: 'Users with any identity operation (sign-in, token refresh, …) in a month' },
  ],
  price(ctx) {
    const declared = str(ctx.resource, 'UserPoolTier');
    const tier = (declared ?? 'ESSENTIALS').toUpperCase();
    if (!declared) ctx.note("UserPoolTier not set: ESSENTIALS, Cognito's default for new user pools");
    if (tier === 'ESSENTIALS')
      ctx.note('Essentials MAUs priced at the price data\'s "Enterprise MAU" rate, its only flat per-MAU user pool rate');
    if (tier === 'PLUS') ctx.note('Plus-plan MAU prices are not in the bundled price data');
    if (tier === 'LITE')
      ctx.note(
        "Lite MAUs on the price data's tiers, whose bounds count MAUs beyond the free allowance; " +
          'with free tiers off (the default) every MAU is billed',
      );
    const key = MAU_KEYS[tier];
    if (!key) {
      ctx.unsupported(`UserPoolTier ${tier} is not one Cognito offers (LITE, ESSENTIALS, PLUS)`);
      return;
    }
    ctx.add({
      name: `Monthly active users (${tier.charAt(0)}${tier.slice(1).toLowerCase()})`,
      unit: 'MAUs',
      quantity: ctx.usage.number('monthlyActiveUsers'),
      price: { serviceCode: 'AmazonCognito', key },
      usageBased: true,
      usageKeys: ['monthlyActiveUsers'],
    });
  },
});
