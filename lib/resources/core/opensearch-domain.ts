/**
 * AWS::OpenSearchService::Domain (and the legacy AWS::Elasticsearch::Domain) — data-node, dedicated
 * master and UltraWarm (WarmType × WarmCount) instance-hours, and EBS storage and provisioned
 * performance per data node (opensearch-ebs.ts).
 */
import { definePricer, type PricerContext } from '../pricer.js';
import { bool, num, str, unresolved } from '../../model/properties.js';
import { HOURS_PER_MONTH } from '../../quantities.js';
import { addEbsVolumes } from './opensearch-ebs.js';

export const openSearchDomain = definePricer({
  types: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
  service: 'OpenSearch',
  serviceCodes: ['AmazonES'],
  usageKeys: [],
  price(ctx) {
    const r = ctx.resource;
    const cluster = r.type === 'AWS::Elasticsearch::Domain' ? 'ElasticsearchClusterConfig' : 'ClusterConfig';
    const dataCount = num(r, `${cluster}.InstanceCount`) ?? 1;
    addNodes(ctx, 'Data nodes', `${cluster}.InstanceType`, dataCount);
    if (bool(r, `${cluster}.DedicatedMasterEnabled`) === true) {
      addNodes(ctx, 'Dedicated master nodes', `${cluster}.DedicatedMasterType`, num(r, `${cluster}.DedicatedMasterCount`) ?? 3);
    }
    if (bool(r, `${cluster}.WarmEnabled`) === true) {
      addNodes(ctx, 'UltraWarm nodes', `${cluster}.WarmType`, num(r, `${cluster}.WarmCount`) ?? 2);
      ctx.note('UltraWarm instance-hours and managed storage are not in the bundled price data (no UltraWarm types): not included');
    }
    if (bool(r, `${cluster}.ColdStorageOptions.Enabled`) === true)
      ctx.note('cold storage (per GB-month) is not in the bundled price data: not included');
    addEbsVolumes(ctx, dataCount);
  },
});

function addNodes(ctx: PricerContext, name: string, typePath: string, count: number): void {
  const instanceType = str(ctx.resource, typePath);
  if (!instanceType) {
    const why = unresolved(ctx.resource, typePath);
    ctx.note(`${name}: instance type ${why ? `is ${why}, unknown before deployment` : 'not set in the template'}; not priced`);
    return;
  }
  ctx.add({
    name: `${name} (${count} × ${instanceType})`,
    unit: 'hours',
    quantity: HOURS_PER_MONTH.times(count),
    price: { serviceCode: 'AmazonES', key: `ESInstance:${instanceType}` },
    usageBased: false,
    formula: `${count} × 730 h`,
  });
}
