/**
 * OpenSearch domain that served no search and indexing requests over the lookback (Cloud Custodian
 * elasticsearch metrics filter). Its instances and storage bill every hour.
 */
import type { DomainRecord } from '../datasets/opensearch-domains.js';
import { zeroTrafficRule } from './zero-traffic-rule.js';
import type { ThresholdDefinition } from '../thresholds.js';

const OPENSEARCH_REQUESTS: ThresholdDefinition = {
  key: 'opensearch.requests',
  default: 0,
  unit: 'requests',
  description: 'at most this many search + indexing requests over the lookback',
  source: 'Cloud Custodian elasticsearch metrics filter',
};

/** The account id, from the domain ARN: OpenSearch metrics carry it as the ClientId dimension. */
function accountOf(arn: string): string {
  return arn.split(':')[4] ?? '';
}

export const idleOpensearchDomain = zeroTrafficRule<DomainRecord>({
  id: 'idle-opensearch-domain',
  message: 'OpenSearch domain with no search or indexing requests',
  dataset: 'domains',
  threshold: OPENSEARCH_REQUESTS,
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
