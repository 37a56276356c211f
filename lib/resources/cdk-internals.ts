/**
 * What CDK itself adds to an app to deploy it: custom resources and the singleton functions behind
 * them. They run only while a stack deploys, so they are classified (free, with the reason) instead of
 * asking the user for their usage or calling them unsupported.
 */
import type { ResourceModel } from '../model/architecture.js';

/** Construct ids of CDK's deployment-time handler functions (singletons carry a fixed hex suffix). */
const HANDLER_IDS = [
  /^BucketNotificationsHandler[0-9a-f]{32}$/,
  /^LogRetention[0-9a-f]{32}$/,
  /^AWS679f53fac002430cb0da5b7982bd2287$/,
  /^Custom::.+CustomResourceProvider$/,
  /^Custom::CDKBucketDeployment[0-9A-Fa-f]{32}$/,
  /^SingletonLambda[0-9a-f]{32}$/,
  /^framework-(onEvent|isComplete|onTimeout)$/,
  /^CustomResourceProvider$/,
];

const DEPLOY_TIME = 'CDK deployment-time handler: runs only while the stack deploys (cost negligible)';

export function cdkInternalReason(resource: ResourceModel): string | undefined {
  if (resource.type.startsWith('Custom::') || resource.type === 'AWS::CloudFormation::CustomResource') {
    return 'custom resource: invokes its provider only during deployments (the provider function is classified separately)';
  }
  const segments = resource.path.split('/');
  if (segments.some((segment) => HANDLER_IDS.some((id) => id.test(segment)))) {
    if (resource.type === 'AWS::Lambda::Function' || resource.type === 'AWS::Logs::LogGroup' || resource.type.startsWith('AWS::IAM::')) {
      return DEPLOY_TIME;
    }
  }
  return undefined;
}
