/**
 * Where requests come in: API Gateway REST and HTTP/WebSocket APIs, CloudFront distributions,
 * load balancers.
 */
import { fmt } from '../../../quantities.js';
import { str } from '../../../model/properties.js';
import { underKeys, type NodeKind } from '../node-kind.js';

export const restApiNode: NodeKind = {
  types: ['AWS::ApiGateway::RestApi'],
  primary: 'requests',
  channels: { requests: 'requests' },
  eventsKey: 'monthlyRequests',
  ratios: [],
  usage(node) {
    if (!node.has('requests')) return [];
    const n = node.amount('requests');
    return [{ key: 'monthlyRequests', value: n, formula: () => `${fmt(n)} requests`, channels: ['requests'] }];
  },
};

export const httpApiNode: NodeKind = {
  types: ['AWS::ApiGatewayV2::Api'],
  primary: 'requests',
  channels: { requests: 'requests (WebSocket: messages)' },
  eventsKey: 'monthlyRequests',
  ratios: [],
  usage(node) {
    if (!node.has('requests')) return [];
    const n = node.amount('requests');
    const websocket = str(node.resource, 'ProtocolType') === 'WEBSOCKET';
    return [
      {
        key: websocket ? 'monthlyMessages' : 'monthlyRequests',
        value: n,
        formula: () => `${fmt(n)} ${websocket ? 'messages' : 'requests'}`,
        channels: ['requests'],
      },
    ];
  },
};

export const distributionNode: NodeKind = {
  types: ['AWS::CloudFront::Distribution'],
  primary: 'requests',
  channels: { requests: 'viewer requests' },
  eventsKey: 'monthlyRequests',
  ratios: [],
  usage(node) {
    if (!node.has('requests')) return [];
    const n = node.amount('requests');
    // Viewers come over HTTPS (CDK distributions redirect HTTP); give monthlyHttpRequests to split them.
    return underKeys(['monthlyHttpsRequests'], n, () => `${fmt(n)} viewer requests`, ['requests']);
  },
};

export const loadBalancerNode: NodeKind = {
  types: ['AWS::ElasticLoadBalancingV2::LoadBalancer', 'AWS::ElasticLoadBalancing::LoadBalancer'],
  primary: 'requests',
  channels: { requests: 'requests' },
  eventsKey: 'monthlyRequests',
  ratios: [],
  // Load balancers are billed by capacity units (connections per second, GB, rule evaluations), which a
  // monthly request count does not determine: they pass requests on to their targets and ask for LCU usage.
  usage: () => [],
};
