/**
 * API Gateway integrations → Lambda function / Step Functions state machine / SQS queue / SNS /
 * DynamoDB / Kinesis: REST APIs (AWS::ApiGateway::Method Integration) and HTTP APIs
 * (AWS::ApiGatewayV2::Integration). Each request reaches one integration: when an API has a single
 * target every request goes there; with several, each edge needs the user's `share`.
 */
import type { ResourceModel } from '../../model/architecture.js';
import type { EdgeKind, FlowEdge } from '../edge-kind.js';

const TARGET_TYPES = [
  'AWS::Lambda::Function',
  'AWS::StepFunctions::StateMachine',
  'AWS::SQS::Queue',
  'AWS::SNS::Topic',
  'AWS::DynamoDB::Table',
  'AWS::Kinesis::Stream',
  'AWS::Events::EventBus',
];

export const apiIntegrations: EdgeKind = {
  kind: 'api-integration',
  description: 'API Gateway (REST or HTTP) integration → function, state machine, queue, …: one call per request',
  ratios: [
    {
      name: 'share',
      unit: 'fraction',
      description: 'share of the API requests that reach this integration (needed when the API has several targets)',
    },
  ],
  find(index) {
    const found: Array<{ api: ResourceModel; target: ResourceModel; via: ResourceModel; kind: string }> = [];
    for (const method of index.ofType('AWS::ApiGateway::Method')) {
      const api = index.referencedOfType(method, method.properties.RestApiId, 'AWS::ApiGateway::RestApi');
      const integration = method.properties.Integration as Record<string, unknown> | undefined;
      if (!api || !integration) continue;
      for (const target of index.referenced(method, integration).filter((r) => TARGET_TYPES.includes(r.type)))
        found.push({ api, target, via: method, kind: `REST ${String(integration.Type ?? '')}`.trim() });
    }
    for (const integration of index.ofType('AWS::ApiGatewayV2::Integration')) {
      const api = index.referencedOfType(integration, integration.properties.ApiId, 'AWS::ApiGatewayV2::Api');
      if (!api) continue;
      const p = integration.properties;
      for (const target of index
        .referenced(integration, [p.IntegrationUri, p.RequestParameters])
        .filter((r) => TARGET_TYPES.includes(r.type))) {
        found.push({ api, target, via: integration, kind: `HTTP ${String(p.IntegrationSubtype ?? p.IntegrationType ?? '')}`.trim() });
      }
    }
    const targetsPerApi = new Map<ResourceModel, Set<ResourceModel>>();
    for (const f of found) {
      const set = targetsPerApi.get(f.api) ?? new Set<ResourceModel>();
      set.add(f.target);
      targetsPerApi.set(f.api, set);
    }
    return found.map<FlowEdge>((f) => ({
      kind: 'api-integration',
      from: f.api,
      to: f.target,
      label: `API Gateway integration (${f.kind})`,
      facts: { apiTargets: targetsPerApi.get(f.api)!.size, dynamodb: f.target.type === 'AWS::DynamoDB::Table' },
      via: f.via.path,
    }));
  },
  carry(edge, source, ratios) {
    const targets = edge.facts.apiTargets as number;
    const share = ratios.get('share');
    if (!share && targets > 1) return { reason: `the API has ${targets} integration targets; give each edge a share of the requests` };
    const channel = edge.facts.dynamodb === true ? 'write' : 'primary';
    return [
      {
        channel,
        amount: source.amount(source.primary).times(share ?? 1),
        from: source.primary,
        step: share ? `× ${share} (share of requests)` : '× 1 call per request',
      },
    ];
  },
};
