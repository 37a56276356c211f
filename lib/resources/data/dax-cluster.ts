/**
 * AWS::DAX::Cluster — node-hours: ReplicationFactor nodes (primary + read replicas) of NodeType
 * ("dax.r5.large" → `DAXNode:r5.large`).
 */
import { daxNodeKey } from '../../pricing/catalog-keys.js';
import { definePricer } from '../pricer.js';
import { num } from '../../model/properties.js';
import { HOURS_PER_MONTH } from '../../quantities.js';
import { readClass, whyUnknown } from './read-class.js';

export const daxCluster = definePricer({
  types: ['AWS::DAX::Cluster'],
  service: 'DAX',
  serviceCodes: ['AmazonDAX'],
  usageKeys: [],
  price(ctx) {
    const nodeType = readClass(ctx, 'NodeType', 'Node hours');
    if (!nodeType) {
      ctx.unsupported(`node type unknown: ${whyUnknown(ctx, 'NodeType')}`);
      return;
    }
    const nodes = num(ctx.resource, 'ReplicationFactor');
    if (nodes === undefined) ctx.note(`${whyUnknown(ctx, 'ReplicationFactor')}: priced as 1 node`);
    const count = nodes ?? 1;
    ctx.add({
      name: `Nodes (${count} × ${nodeType})`,
      unit: 'hours',
      quantity: HOURS_PER_MONTH.times(count),
      price: { serviceCode: 'AmazonDAX', key: daxNodeKey(nodeType.replace(/^dax\./, '')) },
      usageBased: false,
      formula: `${count} node${count === 1 ? '' : 's'} × 730 h`,
    });
  },
});
