/**
 * The member-account role an organization scan assumes, as a CloudFormation template ready for a
 * service-managed StackSet (deploy it to the organization or to OUs; no hard-coded account, region
 * or name that would collide across stack instances): a role named `RoleName` holding exactly the
 * scan's read-only policy (lib/scan/iam-policy.ts), trusted by the scanning account, optionally only
 * with an external id.
 */
import { scanIamPolicy } from '../iam-policy.js';

export const DEFAULT_ROLE_NAME = 'CdkCostScanRole';

export interface RoleTemplateOptions {
  roleName?: string;
  /** Default of the ScanningAccountId parameter (the account the scan or WasteScanner runs in). */
  scanningAccount?: string;
  externalId?: string;
}

export function roleTemplate(options: RoleTemplateOptions = {}): Record<string, unknown> {
  const trust = {
    Effect: 'Allow',
    Principal: { AWS: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${ScanningAccountId}:root' } },
    Action: 'sts:AssumeRole',
  };
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'cdk-cost scan: read-only role assumed by the scanning account (cdk-cost scan --organization, WasteScanner)',
    Parameters: {
      ScanningAccountId: {
        Type: 'String',
        AllowedPattern: '^\\d{12}$',
        Description: 'The account that runs cdk-cost scan (or deploys the WasteScanner construct)',
        ...(options.scanningAccount ? { Default: options.scanningAccount } : {}),
      },
      RoleName: { Type: 'String', Default: options.roleName ?? DEFAULT_ROLE_NAME, Description: 'Name given to --role-name' },
      ExternalId: {
        Type: 'String',
        Default: options.externalId ?? '',
        Description: 'If set, AssumeRole must present this external id (--external-id)',
      },
    },
    Conditions: { HasExternalId: { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'ExternalId' }, ''] }] } },
    Resources: {
      ScanRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          RoleName: { Ref: 'RoleName' },
          Description: 'Read-only: the Describe/List/Get calls of cdk-cost scan, nothing that writes',
          MaxSessionDuration: 3600,
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            // One statement or the other: with an external id, AssumeRole must present it.
            Statement: [
              {
                'Fn::If': ['HasExternalId', { ...trust, Condition: { StringEquals: { 'sts:ExternalId': { Ref: 'ExternalId' } } } }, trust],
              },
            ],
          },
          Policies: [{ PolicyName: 'CdkCostScanReadOnly', PolicyDocument: scanIamPolicy() }],
        },
      },
    },
    Outputs: { RoleArn: { Value: { 'Fn::GetAtt': ['ScanRole', 'Arn'] } } },
  };
}
