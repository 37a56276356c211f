/**
 * EBS volumes attached to no instance ("available"): they bill for every provisioned GB whether or
 * not anything reads them (Trusted Advisor "Underutilized Amazon EBS Volumes"; Cloud Custodian
 * ebs "unattached" examples).
 */
import type { RuleFinding } from '../types.js';
import type { Rule } from './rule.js';
import { inScope, stackOf } from './stack-index.js';

export const orphanEbsVolume: Rule = {
  id: 'orphan-ebs-volume',
  kind: 'orphaned',
  message: 'EBS volume attached to no instance',
  datasets: ['volumes'],
  optionalDatasets: ['stacks'],
  evaluate(data, ctx) {
    const findings: RuleFinding[] = [];
    for (const v of data.get('volumes')) {
      if (v.state !== 'available') continue;
      const stack = stackOf(v.resource, data);
      if (!inScope(stack, ctx)) continue;
      const created = v.resource.createdAt ? `, created ${v.resource.createdAt.toISOString().slice(0, 10)}` : '';
      findings.push({
        resource: v.resource,
        ...(stack ? { stack } : {}),
        evidence: [
          {
            text:
              `state "available": attached to no instance (${v.resource.properties.Size} GiB ` +
              `${v.resource.properties.VolumeType}${created})`,
          },
        ],
        action: 'Snapshot it if the data matters, then delete the volume.',
      });
    }
    return findings;
  },
};
