/**
 * Load balancers: listener (and listener rule) forward actions → target group, and target group →
 * ECS service / EC2 instance / Lambda function / Auto Scaling group. A target group spreads its
 * requests evenly over its targets; a load balancer with several target groups needs the user's
 * `share` per edge.
 */
import { Decimal } from '../../money.js';
import type { ResourceModel } from '../../model/architecture.js';
import type { EdgeKind, FlowEdge } from '../edge-kind.js';
import type { ResourceIndex } from '../references.js';

const TG = 'AWS::ElasticLoadBalancingV2::TargetGroup';

export const loadBalancerTargets: EdgeKind = {
  kind: 'load-balancer-target',
  description: 'Load balancer → target group → ECS service, instance, function: requests spread evenly over targets',
  ratios: [
    {
      name: 'share',
      unit: 'fraction',
      description: 'share of the load balancer requests forwarded to this target group (needed with several)',
    },
  ],
  find(index) {
    const edges: FlowEdge[] = [];
    const groupsPerLb = new Map<ResourceModel, Set<ResourceModel>>();
    const lbEdges: Array<{ lb: ResourceModel; group: ResourceModel; via: ResourceModel }> = [];
    const listenerLb = (listener: ResourceModel) =>
      index.referencedOfType(listener, listener.properties.LoadBalancerArn, 'AWS::ElasticLoadBalancingV2::LoadBalancer');
    for (const listener of index.ofType('AWS::ElasticLoadBalancingV2::Listener')) {
      const lb = listenerLb(listener);
      if (lb) for (const group of groupsIn(index, listener, listener.properties.DefaultActions)) lbEdges.push({ lb, group, via: listener });
    }
    for (const rule of index.ofType('AWS::ElasticLoadBalancingV2::ListenerRule')) {
      const listener = index.referencedOfType(rule, rule.properties.ListenerArn, 'AWS::ElasticLoadBalancingV2::Listener');
      const lb = listener && listenerLb(listener);
      if (lb) for (const group of groupsIn(index, rule, rule.properties.Actions)) lbEdges.push({ lb, group, via: rule });
    }
    for (const e of lbEdges) {
      const set = groupsPerLb.get(e.lb) ?? new Set<ResourceModel>();
      set.add(e.group);
      groupsPerLb.set(e.lb, set);
    }
    for (const e of lbEdges) {
      edges.push({
        kind: 'load-balancer-target',
        from: e.lb,
        to: e.group,
        label: 'load balancer listener → target group',
        facts: { groups: groupsPerLb.get(e.lb)!.size },
        via: e.via.path,
      });
    }
    const targetsPerGroup = new Map<ResourceModel, ResourceModel[]>();
    const addTarget = (group: ResourceModel | undefined, target: ResourceModel) => {
      if (!group) return;
      const list = targetsPerGroup.get(group) ?? [];
      if (!list.includes(target)) list.push(target);
      targetsPerGroup.set(group, list);
    };
    for (const service of index.ofType('AWS::ECS::Service')) {
      const lbs = service.properties.LoadBalancers;
      for (const lb of Array.isArray(lbs) ? (lbs as Array<Record<string, unknown>>) : [])
        addTarget(index.referencedOfType(service, lb.TargetGroupArn, TG), service);
    }
    for (const asg of index.ofType('AWS::AutoScaling::AutoScalingGroup')) {
      for (const group of index.referenced(asg, asg.properties.TargetGroupARNs).filter((r) => r.type === TG)) addTarget(group, asg);
    }
    for (const group of index.ofType(TG)) {
      const targets = group.properties.Targets;
      for (const t of Array.isArray(targets) ? (targets as Array<Record<string, unknown>>) : []) {
        const target = index.referencedOfType(group, t.Id, 'AWS::EC2::Instance', 'AWS::Lambda::Function');
        if (target) addTarget(group, target);
      }
    }
    for (const [group, targets] of targetsPerGroup) {
      for (const target of targets)
        edges.push({
          kind: 'load-balancer-target',
          from: group,
          to: target,
          label: `target group → target (1 of ${targets.length})`,
          facts: { targets: targets.length },
          via: group.path,
        });
    }
    return edges;
  },
  carry(edge, source, ratios) {
    const amount = source.amount(source.primary);
    if (edge.facts.targets !== undefined) {
      const n = new Decimal(edge.facts.targets as number);
      return [
        {
          channel: 'primary',
          amount: amount.div(n),
          from: source.primary,
          step: n.eq(1) ? "× 1 (the group's only target)" : `÷ ${n} targets (spread evenly)`,
        },
      ];
    }
    const share = ratios.get('share');
    const groups = edge.facts.groups as number;
    if (!share && groups > 1)
      return { reason: `the load balancer forwards to ${groups} target groups; give each edge a share of the requests` };
    return [
      {
        channel: 'primary',
        amount: amount.times(share ?? 1),
        from: source.primary,
        step: share ? `× ${share} (share of requests)` : '× 1 (the only target group)',
      },
    ];
  },
};

function groupsIn(index: ResourceIndex, from: ResourceModel, actions: unknown): ResourceModel[] {
  return index.referenced(from, actions).filter((r) => r.type === TG);
}
