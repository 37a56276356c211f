/**
 * S3: storage per class from a stated mix or the lifecycle rules (steady-ingestion model),
 * Intelligent-Tiering tiers and monitoring, requests per class, retrieval and restore requests,
 * lifecycle transition requests; a mix that does not add up to 1 is a usage-file error.
 */
import { describe, expect, it } from 'vitest';
import { PricerRegistry } from '../../../lib/resources/registry.js';
import { parseUsageFile } from '../../../lib/usage/usage-file.js';
import { UsageResolver } from '../../../lib/usage/resolve-usage.js';
import type { ResourceCost } from '../../../lib/estimate/estimate-types.js';
import { architectureOf, component, d, expectLine, priceInline, resource, unit } from '../price-inline.js';

const S3 = 'AmazonS3';
const share = (days: number, of: number) => d(days).div(of);
/** The one component starting `prefix` is quantity × the S3 price `key` (us-east-1). */
const line = (r: ResourceCost, prefix: string, quantity: Parameters<typeof expectLine>[1], key: string) =>
  expectLine(component(r, prefix), quantity, unit(S3, key));
const MONITORING = 'Per object per month monitoring and automation fee for objects in Intelligent Tiering';

describe('AWS::S3::Bucket storage classes', () => {
  it('lifecycle IA at 30 d, Glacier at 90 d, expiry at 365 d: bytes split 30/60/275 of 365; PUTs in Standard; transitions', async () => {
    const b = resource(
      await priceInline(
        `
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      LifecycleConfiguration:
        Rules:
          - Id: age-out
            Status: Enabled
            ExpirationInDays: 365
            Transitions:
              - { StorageClass: GLACIER, TransitionInDays: 90 }
              - { StorageClass: STANDARD_IA, TransitionInDays: 30 }
`,
        { usage: { Logs: { storageGB: 3650, monthlyPutRequests: 100000, monthlyGetRequests: 73000, monthlyNewObjects: 50000 } } },
      ),
      'Logs',
    );
    line(b, 'Standard storage', d(3650).times(share(30, 365)), 'Standard Storage');
    line(b, 'Standard-IA storage', d(3650).times(share(60, 365)), 'Standard Infrequent Access Storage per GB-Mo');
    line(b, 'Glacier Flexible Retrieval storage', d(3650).times(share(275, 365)), 'Glacier Storage per GB Mo');
    line(b, 'PUT, COPY, POST, LIST requests', 100000, 'PUT COPY/POST or LIST requests per Requests');
    expect(b.components.filter((c) => c.name.startsWith('PUT'))).toHaveLength(1);
    line(b, 'GET and other requests (Glacier', d(73000).times(share(275, 365)), 'GET and all other requests to GLACIER per Requests');
    line(b, 'Lifecycle transitions into Standard-IA', 50000, 'Lifecycle Transition Requests into Standard Infrequent Access per Requests');
    line(b, 'Lifecycle transitions into Glacier Flexible', 50000, 'Lifecycle Transition Requests into Glacier per Requests');
    expect(b.notes.join('\n')).toContain('Standard 0–30 d, Standard-IA 30–90 d, Glacier Flexible Retrieval 90–365 d, expired at 365 d');
  });

  it('no expiration: the mix of data accumulated for dataAgeDays', async () => {
    const b = resource(
      await priceInline(
        `
Resources:
  Archive:
    Type: AWS::S3::Bucket
    Properties:
      LifecycleConfiguration: { Rules: [{ Status: Enabled, Transitions: [{ StorageClass: GLACIER_IR, TransitionInDays: 60 }] }] }
`,
        { usage: { Archive: { storageGB: 1000, dataAgeDays: 240 } } },
      ),
      'Archive',
    );
    line(b, 'Standard storage', d(1000).times(share(60, 240)), 'Standard Storage');
    line(b, 'Glacier Instant Retrieval storage', d(1000).times(share(180, 240)), 'Glacier Instant Retrieval Storage');
  });

  it('Intelligent-Tiering from day 0 with Archive Access at 180 d: tiers by age, monitoring per object', async () => {
    const b = resource(
      await priceInline(
        `
Resources:
  Smart:
    Type: AWS::S3::Bucket
    Properties:
      IntelligentTieringConfigurations: [{ Id: arch, Status: Enabled, Tierings: [{ AccessTier: ARCHIVE_ACCESS, Days: 180 }] }]
      LifecycleConfiguration:
        Rules: [{ Status: Enabled, ExpirationInDays: 365, Transitions: [{ StorageClass: INTELLIGENT_TIERING, TransitionInDays: 0 }] }]
`,
        { usage: { Smart: { storageGB: 730, objectCount: 2000000 } } },
      ),
      'Smart',
    );
    line(b, 'Intelligent-Tiering storage (Frequent', d(730).times(share(30, 365)), 'Intelligent Tiering Frequent Access');
    line(b, 'Intelligent-Tiering storage (Infrequent', d(730).times(share(60, 365)), 'Intelligent Tiering Infrequent Access per GB Mo');
    line(b, 'Intelligent-Tiering storage (Archive Instant', d(730).times(share(90, 365)), 'Intelligent Tiering Archive Instant Access');
    line(b, 'Intelligent-Tiering storage (Archive Access', d(730).times(share(185, 365)), 'IntelligentTieringArchiveAccess');
    line(b, 'Intelligent-Tiering monitoring', 2000000, MONITORING);
    expect(b.components.some((c) => c.name === 'Standard storage')).toBe(false);
  });

  it('storageClassMix replaces the rules; PUTs and GETs split by the mix; Standard storage keeps its tiers', async () => {
    const storageClassMix = 'STANDARD: 0.25, ONEZONE_IA: 0.75';
    const mixedUsage = { storageGB: 300000, storageClassMix, monthlyPutRequests: 1000, monthlyGetRequests: 4000 };
    const b = resource(
      await priceInline(
        `
Resources:
  Mixed:
    Type: AWS::S3::Bucket
    Properties:
      LifecycleConfiguration: { Rules: [{ Status: Enabled, ExpirationInDays: 30 }] }
`,
        { usage: { Mixed: mixedUsage } },
      ),
      'Mixed',
    );
    const standard = component(b, 'Standard storage');
    const first = d(51200);
    expect(standard.quantity).toBe('75000');
    const [tier1, tier2] = [unit(S3, 'Standard Storage', 'us-east-1', 0), unit(S3, 'Standard Storage', 'us-east-1', 1)];
    const tiered = first.times(tier1).plus(d(75000).minus(first).times(tier2));
    expect(standard.monthly).toBe(tiered.toFixed());
    line(b, 'One Zone-IA storage', 225000, 'One Zone Infrequent Access Storage Inf per GB-Mo');
    line(b, 'PUT, COPY, POST, LIST requests (One', 750, 'PUT COPY/POST or LIST requests to One Zone Infrequent Access per Requests');
    line(b, 'GET and other requests (One Zone-IA)', 3000, 'GET and all other requests to One Zone Infrequent Access per Requests');
    expect(b.notes.join('\n')).toContain('storageClassMix given');
  });

  it('AWS worked example: 102,400 GB and 15,000,000 standard retrievals from Glacier Flexible Retrieval cost $1,774', async () => {
    // https://repost.aws/knowledge-center/s3-manage-data-retrieval — "Standard retrieval: the data retrieval request
    // charges are 15,000,000 / 1000 * $0.05 = $750. The per GB data retrieval charges are 102,400 * $0.01 = $1,024.
    // The total cost is $1,774."
    const b = resource(
      await priceInline(
        `
Resources:
  Cold: { Type: AWS::S3::Bucket }
`,
        { usage: { Cold: { storageClassMix: 'GLACIER: 1', monthlyRetrievalGB: 102400, monthlyRestoreRequests: 15000000 } } },
      ),
      'Cold',
    );
    const retrieval = component(b, 'Data retrieval (Glacier Flexible');
    const restores = component(b, 'Restore requests');
    expectLine(retrieval, 102400, unit(S3, 'Fee for Standard Retrieval of data stored'));
    expectLine(restores, 15000000, unit(S3, 'Glacier S3 API Tier 3 RestoreObject'));
    expect(d(retrieval.monthly).plus(restores.monthly).toFixed(2)).toBe('1774.00');
  });

  it('Deep Archive storage is not in the bundled data: the bucket says so instead of pricing it at $0', async () => {
    const b = resource(
      await priceInline(
        `
Resources:
  Deep: { Type: AWS::S3::Bucket }
`,
        { usage: { Deep: { storageGB: 100, storageClassMix: 'STANDARD: 0.5, DEEP_ARCHIVE: 0.5' } } },
      ),
      'Deep',
    );
    expect(b.status).toBe('unsupported');
    expect(b.reason).toContain('no price for "Glacier Deep Archive Storage" (AmazonS3) in any region of the AWS price data');
    line(b, 'Standard storage', 50, 'Standard Storage');
  });
});

describe('storageClassMix in a usage file', () => {
  const architecture = architectureOf('Resources:\n  Data: { Type: AWS::S3::Bucket }\n');
  const validate = (yaml: string) => () =>
    new UsageResolver(parseUsageFile(yaml, 'usage.yml'), architecture, new PricerRegistry()).validate();

  it('a YAML mapping adding up to 1 is accepted and read as a mix', () => {
    const file = parseUsageFile('resources:\n  Data:\n    storageClassMix: { STANDARD: 0.2, GLACIER: 0.8 }\n', 'usage.yml');
    expect(file.resources[0]!.settings[0]!.value).toBe('STANDARD: 0.2, GLACIER: 0.8');
    expect(validate('resources:\n  Data:\n    storageClassMix: { STANDARD: 0.2, GLACIER: 0.8 }\n')).not.toThrow();
  });

  it('shares that do not add up to 1, or unknown classes, are errors with file and line', () => {
    expect(validate('resources:\n  Data:\n    storageClassMix: { STANDARD: 0.2, GLACIER: 0.7 }\n')).toThrow(
      'usage.yml:3: "Data" → "storageClassMix" must be a mapping of shares that add up to 1 (names: STANDARD, STANDARD_IA, ONEZONE_IA, ' +
        'INTELLIGENT_TIERING, GLACIER_IR, GLACIER, DEEP_ARCHIVE): the shares add up to 0.9, not 1.',
    );
    expect(validate('resources:\n  Data:\n    storageClassMix: { COLD: 1 }\n')).toThrow('"COLD" is not one of STANDARD');
    expect(validate('resources:\n  Data:\n    storageClassMix: 1\n')).toThrow('"storageClassMix" must be a mapping of shares');
  });
});
