/**
 * OpenSearch domain that served no search and indexing requests over the lookback (Cloud Custodian
 * elasticsearch metrics filter). Its instances and storage bill every hour.
 */
import type { DomainRecord } from '../datasets/opensearch-domains.js';
import { zeroTrafficRule } from './zero-traffic-rule.js';

/** The account id, from the domain ARN: OpenSearch metrics carry it as the ClientId dimension. */
function accountOf(arn: string): string {
  return arn.split(':')[4] ?? '';
}

export const idleOpensearchDomain = zeroTrafficRule<DomainRecord>({
  id: 'idle-opensearch-domain',
  message: 'OpenSearch domain with no search or indexing requests',
  dataset: 'domains',
  thresholdKey: 'opensearch.requests',
  noun: 'requests',
  queries: (d) => [
    {
      namespace: 'AWS/ES',
      metric: 'SearchRate',
      dimensions: { DomainName: d.resource.name, ClientId: accountOf(d.resource.id) },
      stat: 'Sum',
    },
    {
      namespace: 'AWS/ES',
      metric: 'IndexingRate',
      dimensions: { DomainName: d.resource.name, ClientId: accountOf(d.resource.id) },
      stat: 'Sum',
    },
  ],
  action: 'Take a snapshot and delete the domain, or shrink it to the smallest instance that holds the data.',
  idleUsage: {},
});
