/**
 * Provisioned concurrency of a function: the AWS::Lambda::Alias and AWS::Lambda::Version resources
 * in the same stack that point at it (FunctionName as Ref/GetAtt, or its literal FunctionName) and
 * carry ProvisionedConcurrencyConfig. It is priced on the function, where its memory size is known.
 */
import type { Architecture, ResourceModel } from '../../model/architecture.js';
import { stackResourcesOfType } from '../../model/find-resources.js';
import { num, prop, referencedLogicalId, str, unresolved } from '../../model/properties.js';

export interface ProvisionedConcurrency {
  /** Concurrent executions kept warm, summed over aliases and versions. */
  executions: number;
  /** Where they are configured ("alias live: 5"). */
  sources: string[];
  /** Configurations whose size could not be read. */
  unknown: string[];
}

export function provisionedConcurrencyOf(architecture: Architecture, fn: ResourceModel): ProvisionedConcurrency | undefined {
  const ownName = str(fn, 'FunctionName');
  const result: ProvisionedConcurrency = { executions: 0, sources: [], unknown: [] };
  const candidates = [
    ...stackResourcesOfType(architecture, fn, 'AWS::Lambda::Alias'),
    ...stackResourcesOfType(architecture, fn, 'AWS::Lambda::Version'),
  ];
  for (const r of candidates) {
    if (prop(r, 'ProvisionedConcurrencyConfig') === undefined) continue;
    const target = r.properties.FunctionName;
    const pointsHere = referencedLogicalId(target) === fn.logicalId || (ownName !== undefined && str(r, 'FunctionName') === ownName);
    if (!pointsHere) continue;
    const label = r.type === 'AWS::Lambda::Alias' ? `alias ${str(r, 'Name') ?? r.logicalId}` : `version ${r.logicalId}`;
    const executions = num(r, 'ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions');
    if (executions === undefined) {
      result.unknown.push(
        `${label}: ProvisionedConcurrentExecutions is ` +
          `${unresolved(r, 'ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions') ?? 'not set'}`,
      );
      continue;
    }
    result.executions += executions;
    result.sources.push(`${label}: ${executions}`);
  }
  return result.sources.length || result.unknown.length ? result : undefined;
}
