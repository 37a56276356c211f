/**
 * CloudWatch Logs Insights: GB scanned by queries on a log group, priced per GB scanned; no line
 * when the usage does not say how much is queried.
 */
import { describe, expect, it } from 'vitest';
import { component, expectLine, priceInline, resource, unit } from '../price-inline.js';

describe('AWS::Logs::LogGroup Logs Insights', () => {
  const template = 'Resources:\n  Logs: { Type: AWS::Logs::LogGroup, Properties: { RetentionInDays: 30 } }\n';

  it('prices monthlyInsightsScannedGB at the Logs Insights per-GB-scanned rate', async () => {
    const usage = { Logs: { monthlyIngestedGB: 100, monthlyInsightsScannedGB: 1500 } };
    const logs = resource(await priceInline(template, { usage }), 'Logs');
    expectLine(component(logs, 'Logs Insights queries (data scanned)'), 1500, unit('AmazonCloudWatch', 'Queried Logs Insights'));
  });

  it('no Insights line without the key', async () => {
    const logs = resource(await priceInline(template, { usage: { Logs: { monthlyIngestedGB: 100 } } }), 'Logs');
    expect(logs.components.some((c) => c.name.startsWith('Logs Insights'))).toBe(false);
  });
});
