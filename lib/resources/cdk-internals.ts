/**
 * What CDK itself adds to an app to deploy it: custom resources and the singleton functions behind
 * them. They run only while a stack deploys, so they are classified (free, with the reason) instead of
 * asking the user for their usage or calling them unsupported.
 *
 * Two ways to recognise them:
 * - by construct id: CDK's singleton handlers carry fixed ids (`LogRetention<hex>`,
 *   `Custom::S3AutoDeleteObjectsCustomResourceProvider`, `AWS679f53fac002430cb0da5b7982bd2287`, …);
 * - by use: a function whose only callers are custom resources (their ServiceToken) or other
 *   deploy-time functions — the onEvent handler a user writes for a custom-resources Provider, or
 *   the provider function of a hand-written template's `Custom::Something`.
 */
import type { Architecture, ResourceModel } from '../model/architecture.js';
import { referencesIn, type Reference } from '../model/references.js';

/** Construct ids of CDK's deployment-time machinery (singletons carry a fixed hex suffix). */
const HANDLER_IDS = [
  /^BucketNotificationsHandler[0-9a-f]{32}$/,
  /^LogRetention[0-9a-f]{32}$/,
  /^AWS679f53fac002430cb0da5b7982bd2287$/,
  /^Custom::.+CustomResourceProvider$/,
  /^Custom::CDKBucketDeployment[0-9A-Fa-f]{32}$/,
  /^SingletonLambda[0-9a-f]{32}$/,
  /^framework-(onEvent|isComplete|onTimeout)$/,
  /^waiter-state-machine$/,
  /^CustomResourceProvider$/,
];

/** Types the deploy-time machinery consists of (an EventBridge rule or queue under such an id would not be). */
const MACHINERY_TYPES =
  /^(AWS::Lambda::(Function|Permission|LayerVersion)|AWS::Logs::LogGroup|AWS::IAM::.*|AWS::StepFunctions::StateMachine)$/;

const DEPLOY_TIME = 'CDK deployment-time handler: runs only while the stack deploys (cost negligible)';

const CUSTOM_RESOURCE =
  'custom resource: CloudFormation invokes its provider only when the stack is created, updated or deleted (the provider function is ' +
  'classified separately)';

export function isCustomResource(resource: ResourceModel): boolean {
  return resource.type.startsWith('Custom::') || resource.type === 'AWS::CloudFormation::CustomResource';
}

export function cdkInternalReason(resource: ResourceModel, architecture?: Architecture): string | undefined {
  if (isCustomResource(resource)) return CUSTOM_RESOURCE;
  if (MACHINERY_TYPES.test(resource.type) && isUnderHandlerId(resource.path)) return DEPLOY_TIME;
  if (architecture && (resource.type === 'AWS::Lambda::Function' || resource.type === 'AWS::Logs::LogGroup')) {
    const why = deployTimeUses(architecture, resource.stack).get(resource.logicalId);
    if (why) return why;
  }
  return undefined;
}

function isUnderHandlerId(path: string): boolean {
  return path.split('/').some((segment) => HANDLER_IDS.some((id) => id.test(segment)));
}

const cache = new WeakMap<Architecture, Map<string, Map<string, string>>>();

/** Per stack: logical ids of functions (and their log groups) that run only at deploy time → why. */
function deployTimeUses(architecture: Architecture, stackName: string): Map<string, string> {
  let byStack = cache.get(architecture);
  if (!byStack) cache.set(architecture, (byStack = new Map()));
  let found = byStack.get(stackName);
  if (!found)
    byStack.set(stackName, (found = findDeployTimeFunctions(architecture.stacks.find((s) => s.name === stackName)?.resources ?? [])));
  return found;
}

function findDeployTimeFunctions(resources: ResourceModel[]): Map<string, string> {
  const found = new Map<string, string>();
  if (!resources.some(isCustomResource)) return found;
  const references = referencesIn(resources);
  const functions = resources.filter((r) => r.type === 'AWS::Lambda::Function' && !isUnderHandlerId(r.path));
  const deployTime = (r: ResourceModel) => found.has(r.logicalId) || (MACHINERY_TYPES.test(r.type) && isUnderHandlerId(r.path));
  const isServiceToken = (ref: Reference) => isCustomResource(ref.from) && ref.property === 'ServiceToken';
  // Neutral uses neither call the function at run time nor say who does: IAM, permissions, logs.
  const neutral = (ref: Reference) =>
    isServiceToken(ref) ||
    deployTime(ref.from) ||
    /^AWS::(IAM::.*|Lambda::(Permission|Version|Alias|EventInvokeConfig)|Logs::LogGroup|CDK::Metadata)$/.test(ref.from.type);
  for (let changed = true; changed; ) {
    changed = false;
    for (const fn of functions) {
      if (found.has(fn.logicalId)) continue;
      const uses = references.get(fn.logicalId) ?? [];
      const caller = uses.find(
        (u) =>
          isServiceToken(u) ||
          (u.from.type === 'AWS::Lambda::Function' && deployTime(u.from)) ||
          (u.from.type === 'AWS::StepFunctions::StateMachine' && deployTime(u.from)),
      );
      if (!caller || !uses.every(neutral)) continue;
      found.set(
        fn.logicalId,
        isServiceToken(caller)
          ? `custom resource provider: CloudFormation invokes it only while the stack deploys (ServiceToken of ` +
              `${caller.from.logicalId}, ${caller.from.type})`
          : `custom resource handler: called only by the deploy-time function ${caller.from.logicalId} while the stack deploys`,
      );
      changed = true;
    }
  }
  // The log group of a deploy-time function logs only deployments.
  for (const group of resources.filter((r) => r.type === 'AWS::Logs::LogGroup')) {
    const owner = [...found.keys()].find(
      (id) =>
        (references.get(id) ?? []).some((u) => u.from === group) ||
        (references.get(group.logicalId) ?? []).some((u) => u.from.logicalId === id),
    );
    if (owner) found.set(group.logicalId, `log group of the deploy-time function ${owner}: it logs only deployments (cost negligible)`);
  }
  return found;
}
