/**
 * Every usage key load propagation derives is a key the resource type's pricer reads: a derived
 * number under a name no pricer reads would silently leave that resource "usage missing". And
 * every type a node kind carries load through has a pricer (or is listed free and derives nothing):
 * a type with neither fails the test, it is not skipped.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../lib/money.js';
import type { ResourceModel } from '../../lib/model/architecture.js';
import { NODE_KINDS } from '../../lib/usage/propagation/node-kinds/index.js';
import type { NodeKind, NodeView } from '../../lib/usage/propagation/node-kind.js';
import { PricerRegistry } from '../../lib/resources/registry.js';
import { freeReason } from '../../lib/resources/free-types.js';

/** Properties that make each type derive everything it can (a readable state machine, a WebSocket API). */
const PROPERTIES: Record<string, Array<Record<string, unknown>>> = {
  'AWS::StepFunctions::StateMachine': [
    { DefinitionString: JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Succeed' } } }) },
    { StateMachineType: 'EXPRESS' },
  ],
  'AWS::ApiGatewayV2::Api': [{ ProtocolType: 'HTTP' }, { ProtocolType: 'WEBSOCKET' }],
};

function nodeView(resource: ResourceModel, kind: NodeKind): NodeView {
  const defaults = new Map(kind.ratios.map((r) => [r.name, r.default]));
  return {
    resource,
    amount: () => new Decimal(1000),
    has: () => true,
    ratio: (name) => (defaults.get(name) === undefined ? undefined : new Decimal(defaults.get(name)!)),
    ratioGiven: () => false,
    outgoing: [],
    carriedOver: () => undefined,
    note: () => undefined,
  };
}

describe('node kinds derive only the keys their pricers read', () => {
  const pricers = new PricerRegistry();
  const cases = NODE_KINDS.flatMap((kind) =>
    kind.types.flatMap((type) => (PROPERTIES[type] ?? [{}]).map((properties) => ({ type, kind, properties }))),
  );
  it.each(cases.map((c) => [c.type, JSON.stringify(c.properties), c]))('%s %s', (_type, _props, c) => {
    const { type, kind, properties } = c as (typeof cases)[number];
    const resource: ResourceModel = { logicalId: 'R', type, stack: 'S', region: 'us-east-1', path: 'S/R', properties, metadata: {} };
    const pricer = pricers.pricerFor(type);
    const derived = kind.usage(nodeView(resource, kind)).map((u) => u.key);
    if (!pricer) {
      // Load carried to a type nothing prices would vanish from the estimate. Only a type listed as
      // free (a target group is part of its load balancer) may pass load on unpriced, deriving nothing.
      expect(
        freeReason(type),
        `${type}: a node kind carries load through it, but no pricer prices it and it is not listed free`,
      ).toBeDefined();
      expect(derived, `${type} is free: it derives no usage`).toEqual([]);
      return;
    }
    const accepted = new Set(pricer.usageKeys.map((k) => k.name));
    for (const key of derived) expect(accepted, `${type} derives "${key}"`).toContain(key);
  });
});
