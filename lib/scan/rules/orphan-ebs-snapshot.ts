/**
 * EBS snapshots whose source volume is gone and that back no AMI of the account: nothing can use
 * them but a manual restore, and they bill per GB-month (Cloud Custodian ebs-snapshot "unused" and
 * "skip-ami-snapshots" filters).
 */
import type { RuleFinding } from '../types.js';
import type { Rule } from './rule.js';
import { inScope, stackOf } from './stack-index.js';

export const orphanEbsSnapshot: Rule = {
  id: 'orphan-ebs-snapshot',
  kind: 'orphaned',
  message: 'EBS snapshot whose volume and AMI are gone',
  datasets: ['snapshots', 'volumes'],
  optionalDatasets: ['stacks'],
  evaluate(data, ctx) {
    const volumes = new Set(data.get('volumes').map((v) => v.resource.id));
    const findings: RuleFinding[] = [];
    for (const s of data.get('snapshots')) {
      if (s.images.length > 0 || (s.volumeId && volumes.has(s.volumeId))) continue;
      const stack = stackOf(s.resource, data);
      if (!inScope(stack, ctx)) continue;
      findings.push({
        resource: s.resource,
        ...(stack ? { stack } : {}),
        evidence: [
          {
            text:
              `source volume ${s.volumeId ?? '(unknown)'} no longer exists and no AMI of this account uses the snapshot ` +
              `(${s.sizeGiB} GiB volume)`,
          },
        ],
        action: 'Delete the snapshot if no one will restore from it (or archive it to the cheaper EBS Snapshots Archive tier).',
        usage: {
          storageGB: {
            value: s.sizeGiB,
            explanation: `volume size ${s.sizeGiB} GiB (an upper bound: snapshots store only used, changed blocks)`,
          },
        },
      });
    }
    return findings;
  },
};
