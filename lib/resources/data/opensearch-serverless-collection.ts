/**
 * AWS::OpenSearchServerless::Collection — billed in OpenSearch Compute Units (OCU-hours, with a
 * minimum number of OCUs running for the account's collections) and managed storage. The price
 * data has OpenSearch Service domain instance-hours only (its one OCU rate is Direct Query's), so
 * a collection is listed as unsupported with that reason. The policies that accompany a
 * collection are free.
 */
import { definePricer } from '../pricer.js';

export const openSearchServerlessCollection = definePricer({
  types: ['AWS::OpenSearchServerless::Collection'],
  service: 'OpenSearch Serverless',
  serviceCodes: [],
  usageKeys: [],
  price(ctx) {
    ctx.unsupported(
      "AWS's public price data has no OpenSearch Serverless prices (OCU-hours, managed storage): " +
        'its OpenSearch data covers domain instance-hours only',
    );
  },
});

export const openSearchServerlessFree = definePricer({
  types: [
    'AWS::OpenSearchServerless::SecurityPolicy',
    'AWS::OpenSearchServerless::AccessPolicy',
    'AWS::OpenSearchServerless::SecurityConfig',
    'AWS::OpenSearchServerless::LifecyclePolicy',
  ],
  service: 'OpenSearch Serverless',
  serviceCodes: [],
  usageKeys: [],
  price(ctx) {
    ctx.free('policies and configuration have no charge; compute and storage are billed on the collection');
  },
});
