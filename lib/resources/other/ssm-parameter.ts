/**
 * AWS::SSM::Parameter — Standard parameters have no charge; Advanced parameters are billed per
 * parameter-month (and their API interactions), which the AWS price data shipped with cdk-cost does
 * not carry, so an Advanced parameter is unsupported with that reason. Intelligent-Tiering starts
 * Standard and becomes Advanced only when the value needs it (over 4 KB, or policies).
 */
import { definePricer } from '../pricer.js';
import { list, str, unresolved } from '../../model/properties.js';

export const ssmParameter = definePricer({
  types: ['AWS::SSM::Parameter'],
  service: 'Systems Manager',
  serviceCodes: [],
  usageKeys: [],
  price(ctx) {
    const r = ctx.resource;
    const tier = str(r, 'Tier') ?? 'Standard';
    const why = unresolved(r, 'Tier');
    const policies = str(r, 'Policies') ?? list(r, 'Policies');
    if (tier === 'Advanced' || (tier === 'Intelligent-Tiering' && policies !== undefined)) {
      ctx.unsupported(
        'an Advanced-tier parameter is billed per parameter-month and per API interaction; the AWS price data shipped with cdk-cost ' +
          'has no Systems Manager prices',
      );
      return;
    }
    if (why) ctx.note(`Tier is ${why}: assumed Standard`);
    if (tier === 'Intelligent-Tiering')
      ctx.note('Intelligent-Tiering: Standard (free) unless the value grows beyond 4 KB or gets parameter policies');
    ctx.free('Standard-tier parameters have no charge (standard throughput)');
  },
});
