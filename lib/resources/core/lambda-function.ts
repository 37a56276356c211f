/**
 * AWS::Lambda::Function — requests and duration (GB-seconds, tiered), x86 or Arm, plus ephemeral
 * storage above the included 512 MB and provisioned concurrency where configured.
 */
import { Decimal } from '../../money.js';
import { definePricer } from '../pricer.js';
import { list, num, unresolved } from '../../model/properties.js';
import { fmt, times } from '../../quantities.js';
import { provisionedConcurrencyOf } from './lambda-provisioned-concurrency.js';
import { addLambdaXRayTraces, XRAY_SERVICE, XRAY_USAGE_KEYS } from './xray-traces.js';
import { PROVISIONED_HOURS_KEY, addProvisionedConcurrency } from './lambda-provisioned-costs.js';

const INCLUDED_EPHEMERAL_MB = 512; // supplementary.json rules: "512 MB included"

export const lambdaFunction = definePricer({
  types: ['AWS::Lambda::Function'],
  service: 'Lambda',
  serviceCodes: ['AWSLambda'],
  optionalServiceCodes: [XRAY_SERVICE],
  usageKeys: [
    { name: 'monthlyRequests', unit: 'requests/month', description: 'Invocations per month' },
    { name: 'avgDurationMs', unit: 'ms', description: 'Average billed duration of one invocation' },
    ...XRAY_USAGE_KEYS,
    PROVISIONED_HOURS_KEY,
    {
      name: 'avgPayloadSizeKB',
      unit: 'KB',
      description: 'Average invocation payload size (checked against the payload maximum, not priced)',
    },
  ],
  price(ctx) {
    const r = ctx.resource;
    let memoryMb = num(r, 'MemorySize');
    if (memoryMb === undefined) {
      const why = unresolved(r, 'MemorySize');
      memoryMb = 128;
      ctx.note(
        why
          ? `MemorySize is ${why} (unknown before deployment); priced at Lambda's default 128 MB`
          : 'MemorySize not set: Lambda default 128 MB',
      );
    }
    const arm = (list(r, 'Architectures') ?? []).includes('arm64');
    const suffix = arm ? '-ARM' : '';
    const requests = ctx.usage.number('monthlyRequests');
    const durationMs = ctx.usage.number('avgDurationMs');
    const memoryGb = new Decimal(memoryMb).div(1024);
    const seconds = durationMs?.div(1000);

    ctx.add({
      name: 'Requests',
      unit: 'requests',
      quantity: requests,
      price: { serviceCode: 'AWSLambda', key: `Lambda Requests${suffix}` },
      usageBased: true,
      usageKeys: ['monthlyRequests'],
    });
    const durationGbSeconds = times(requests, seconds, memoryGb);
    const durationFormula = requests && seconds ? `${fmt(requests)} requests × ${fmt(seconds)} s × ${fmt(memoryGb)} GB` : undefined;
    const provisioned = provisionedConcurrencyOf(ctx.architecture, r);
    if (provisioned) {
      addProvisionedConcurrency(ctx, provisioned, { memoryMb, memoryGb, arm, durationGbSeconds, durationFormula });
    } else {
      ctx.add({
        name: `Duration (${memoryMb} MB${arm ? ', Arm' : ''})`,
        unit: 'GB-seconds',
        quantity: durationGbSeconds,
        price: { serviceCode: 'AWSLambda', key: `Lambda Duration${suffix}` },
        usageBased: true,
        usageKeys: ['monthlyRequests', 'avgDurationMs'],
        ...(durationFormula ? { formula: durationFormula } : {}),
      });
    }

    const ephemeralMb = num(r, 'EphemeralStorage.Size') ?? INCLUDED_EPHEMERAL_MB;
    if (ephemeralMb > INCLUDED_EPHEMERAL_MB) {
      const extraGb = new Decimal(ephemeralMb - INCLUDED_EPHEMERAL_MB).div(1024);
      ctx.add({
        name: `Ephemeral storage (${ephemeralMb} MB, ${INCLUDED_EPHEMERAL_MB} MB included)`,
        unit: 'GB-seconds',
        quantity: times(requests, seconds, extraGb),
        price: { serviceCode: 'AWSLambda', key: `Lambda Storage-Duration${suffix}` },
        usageBased: true,
        usageKeys: ['monthlyRequests', 'avgDurationMs'],
      });
    }
    addLambdaXRayTraces(ctx, requests);
  },
});
