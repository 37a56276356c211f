/**
 * NAT gateway with no active connections and no packets over the lookback, or that no route table
 * routes to (AWS Compute Optimizer idle NAT gateways; Cloud Custodian nat-gateway metrics filter).
 * A NAT gateway bills every hour it exists.
 */
import type { NatGatewayRecord } from '../datasets/ec2-nat-gateways.js';
import type { MetricQuery } from '../metrics/metric-query.js';
import type { Evidence } from '../types.js';
import { count, idleCandidates, metricEvidence, windowText } from './idle-helpers.js';
import type { Rule } from './rule.js';
import type { ThresholdDefinition } from '../thresholds.js';

// Compute Optimizer "idle" NAT gateways / Cloud Custodian nat-gateway metrics filter: no active
// connections and no packets over the lookback.
const NAT_CONNECTIONS: ThresholdDefinition = {
  key: 'nat.connections',
  default: 0,
  unit: 'connections',
  description: 'at most this many active connections (max) over the lookback',
  source: 'AWS Compute Optimizer idle resources (NAT gateway); Cloud Custodian nat-gateway metrics filter',
};

function queries(n: NatGatewayRecord): { connections: MetricQuery; packets: MetricQuery[] } {
  const dimensions = { NatGatewayId: n.resource.id };
  return {
    connections: { namespace: 'AWS/NATGateway', metric: 'ActiveConnectionCount', dimensions, stat: 'Maximum' },
    packets: [
      { namespace: 'AWS/NATGateway', metric: 'PacketsInFromSource', dimensions, stat: 'Sum' },
      { namespace: 'AWS/NATGateway', metric: 'PacketsInFromDestination', dimensions, stat: 'Sum' },
    ],
  };
}

export const idleNatGateway: Rule = {
  id: 'idle-nat-gateway',
  kind: 'idle',
  message: 'NAT gateway with no traffic or no route to it',
  datasets: ['natGateways'],
  thresholds: [NAT_CONNECTIONS],
  optionalDatasets: ['stacks'],
  metrics: (data, ctx) =>
    idleCandidates(data.get('natGateways'), data, ctx).flatMap((c) => {
      const q = queries(c.record);
      return [q.connections, ...q.packets];
    }),
  evaluate(data, ctx, metrics) {
    const maxConnections = ctx.thresholds['nat.connections']!;
    // Not being in any route table needs no lookback: judge every gateway for that, new or not.
    const judged = new Set(idleCandidates(data.get('natGateways'), data, ctx).map((c) => c.record));
    return idleCandidates(data.get('natGateways'), data, ctx, 0).flatMap((c) => {
      const evidence: Evidence[] = [];
      if (c.record.routeTables.length === 0) evidence.push({ text: 'no route table routes to it' });
      if (judged.has(c.record)) {
        const q = queries(c.record);
        const connections = metrics.max(q.connections);
        const packets = q.packets.reduce((s, p) => s + metrics.total(p), 0);
        if (connections <= maxConnections && packets === 0) {
          evidence.push(
            metricEvidence(`ActiveConnectionCount (Maximum) = ${count(connections)} over ${windowText(ctx)}`, q.connections, metrics),
          );
          for (const p of q.packets) evidence.push(metricEvidence(`${p.metric} (Sum) = ${count(metrics.total(p))}`, p, metrics));
        }
      }
      if (evidence.length === 0) return [];
      return [
        {
          resource: c.record.resource,
          ...(c.stack ? { stack: c.stack } : {}),
          evidence,
          action: 'Delete the NAT gateway (and release its Elastic IP) if no private subnet needs outbound internet access through it.',
          usage: { monthlyDataProcessedGB: { value: 0, explanation: 'no packets over the lookback' } },
        },
      ];
    });
  },
};
