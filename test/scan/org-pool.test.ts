/**
 * The organization scan's pieces that need no AWS: the concurrency limiter never runs more than its
 * limit, the tag groups sum waste per value (untagged last), and the role template holds the scan's
 * own policy with the external-id condition only when one is set.
 */
import { describe, expect, it } from 'vitest';
import { scanIamPolicy } from '../../lib/scan/iam-policy.js';
import { limiter } from '../../lib/scan/organization/pool.js';
import { roleTemplate } from '../../lib/scan/organization/role-template.js';
import { groupByTag } from '../../lib/scan/organization/tag-groups.js';
import type { Finding } from '../../lib/scan/types.js';

describe('limiter', () => {
  for (const limit of [1, 3, 8]) {
    it(`runs at most ${limit} task(s) at once, and all of them`, async () => {
      const run = limiter(limit);
      let running = 0;
      let peak = 0;
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          run(async () => {
            peak = Math.max(peak, ++running);
            await new Promise((r) => setTimeout(r, (i * 7) % 5));
            running--;
            return i;
          }),
        ),
      );
      expect(peak).toBe(limit);
      expect(results).toEqual(Array.from({ length: 40 }, (_, i) => i));
    });
  }

  it('frees the slot of a task that throws', async () => {
    const run = limiter(1);
    await expect(run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(run(async () => 'next')).resolves.toBe('next');
  });

  it('rejects a limit below 1', () => {
    expect(() => limiter(0)).toThrow(/positive integer/);
  });
});

function finding(monthly: string | null, tags: Record<string, string>, account: string): Finding {
  return {
    kind: 'orphaned',
    rules: ['orphan-ebs-volume'],
    message: 'm',
    resource: { id: 'i', name: 'n', type: 'AWS::EC2::Volume', region: 'us-east-1', tags },
    stack: null,
    evidence: [],
    cost: { status: monthly === null ? 'not-priced' : 'priced', monthly, components: [], notes: [] },
    action: 'a',
    account,
  };
}

describe('groupByTag', () => {
  it('sums waste per tag value, largest first, untagged last, not-priced counted apart', () => {
    const groups = groupByTag(
      [
        finding('1.5', { team: 'a' }, '111111111111'),
        finding('10', {}, '222222222222'),
        finding('2.25', { team: 'b' }, '222222222222'),
        finding(null, { team: 'b' }, '111111111111'),
        finding('0.5', { team: 'a' }, '222222222222'),
      ],
      'team',
    );
    expect(groups).toEqual({
      tag: 'team',
      groups: [
        { value: 'b', monthlyWaste: '2.25', findings: 2, notPriced: 1, accounts: ['111111111111', '222222222222'] },
        { value: 'a', monthlyWaste: '2', findings: 2, notPriced: 0, accounts: ['111111111111', '222222222222'] },
        { value: null, monthlyWaste: '10', findings: 1, notPriced: 0, accounts: ['222222222222'] },
      ],
    });
  });
});

describe('roleTemplate', () => {
  it("holds exactly the scan's read-only policy, trusts the scanning account, and names nothing per instance", () => {
    const t = roleTemplate({ roleName: 'R', scanningAccount: '123456789012' }) as any;
    const role = t.Resources.ScanRole;
    expect(Object.keys(t.Resources)).toEqual(['ScanRole']);
    expect(role.Properties.Policies).toEqual([{ PolicyName: 'CdkCostScanReadOnly', PolicyDocument: scanIamPolicy() }]);
    expect(t.Parameters.ScanningAccountId.Default).toBe('123456789012');
    expect(t.Parameters.RoleName.Default).toBe('R');
    const [, withId, without] = role.Properties.AssumeRolePolicyDocument.Statement[0]['Fn::If'];
    expect(withId.Condition).toEqual({ StringEquals: { 'sts:ExternalId': { Ref: 'ExternalId' } } });
    expect(without.Condition).toBeUndefined();
    expect(without.Principal.AWS['Fn::Sub']).toBe('arn:${AWS::Partition}:iam::${ScanningAccountId}:root');
    // StackSet-ready: no literal account, region or partition in the resources.
    expect(JSON.stringify(t.Resources)).not.toMatch(/\d{12}|us-east-1|arn:aws:/);
  });
});
