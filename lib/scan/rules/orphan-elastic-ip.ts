/**
 * Elastic IP addresses associated with nothing: every public IPv4 address bills by the hour, in use
 * or not (Trusted Advisor "Unassociated Elastic IP Addresses").
 */
import type { RuleFinding } from '../types.js';
import type { Rule } from './rule.js';
import { inScope, stackOf } from './stack-index.js';

export const orphanElasticIp: Rule = {
  id: 'orphan-elastic-ip',
  kind: 'orphaned',
  message: 'Elastic IP address associated with nothing',
  datasets: ['addresses'],
  optionalDatasets: ['stacks'],
  evaluate(data, ctx) {
    const findings: RuleFinding[] = [];
    for (const a of data.get('addresses')) {
      if (a.associated) continue;
      const stack = stackOf(a.resource, data);
      if (!inScope(stack, ctx)) continue;
      findings.push({
        resource: a.resource,
        ...(stack ? { stack } : {}),
        evidence: [{ text: `${a.resource.name} (${a.resource.id}) is associated with no instance or network interface` }],
        action: 'Release the address if nothing needs this exact IP.',
      });
    }
    return findings;
  },
};
