/**
 * AWS::Redshift::Cluster — node-hours: NodeType × NumberOfNodes (1 for a single-node cluster).
 * RA3 managed storage is billed per GB-month, a rate the price data lacks (said in a note).
 */
import { redshiftNodeKey } from '../../pricing/catalog-keys.js';
import { definePricer } from '../pricer.js';
import { num, str } from '../../model/properties.js';
import { HOURS_PER_MONTH } from '../../quantities.js';
import { readClass, whyUnknown } from './read-class.js';

export const redshiftCluster = definePricer({
  types: ['AWS::Redshift::Cluster'],
  service: 'Redshift',
  serviceCodes: ['AmazonRedshift'],
  usageKeys: [],
  price(ctx) {
    const r = ctx.resource;
    const nodeType = readClass(ctx, 'NodeType', 'Node hours');
    if (!nodeType) {
      ctx.unsupported(`node type unknown: ${whyUnknown(ctx, 'NodeType')}`);
      return;
    }
    const single = str(r, 'ClusterType') === 'single-node';
    const nodes = single ? 1 : (num(r, 'NumberOfNodes') ?? 1);
    if (!single && num(r, 'NumberOfNodes') === undefined)
      ctx.note(`NumberOfNodes ${whyUnknown(ctx, 'NumberOfNodes').replace(/^NumberOfNodes /, '')}: 1 node`);
    if (nodeType.startsWith('ra3.')) ctx.note('RA3 managed storage (per GB-month) is not in the bundled price data: not included');
    ctx.add({
      name: `Nodes (${nodes} × ${nodeType})`,
      unit: 'hours',
      quantity: HOURS_PER_MONTH.times(nodes),
      price: { serviceCode: 'AmazonRedshift', key: redshiftNodeKey(nodeType) },
      usageBased: false,
      formula: `${nodes} node${nodes > 1 ? 's' : ''} × 730 h`,
    });
  },
});
