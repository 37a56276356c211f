/**
 * Types that cost money but that cdk-cost cannot price, each with the specific reason — so an
 * "unsupported" line tells the user why (usually: AWS's price data shipped with cdk-cost has no
 * prices for that service) instead of a generic "no pricer". A type leaves this list when a pricer
 * for it lands (a pricer always wins over this list).
 */

export interface UnsupportedRule {
  /** Exact type, or a prefix ending in "::*". */
  type: string;
  reason: string;
}

const NO_DATA = (service: string) => `the AWS price data shipped with cdk-cost has no ${service} prices`;

export const UNSUPPORTED_TYPES: UnsupportedRule[] = [
  {
    type: 'AWS::ACMPCA::CertificateAuthority',
    reason: `AWS Private CA bills each certificate authority per month and each certificate issued; ${NO_DATA('AWS Private CA')}`,
  },
  { type: 'AWS::ACMPCA::Certificate', reason: `a private certificate is billed per certificate issued; ${NO_DATA('AWS Private CA')}` },
  { type: 'AWS::CloudFront::Function', reason: `CloudFront Functions are billed per invocation; ${NO_DATA('CloudFront Functions')}` },
  {
    type: 'AWS::CloudFront::KeyValueStore',
    reason: `CloudFront KeyValueStore reads are billed per request; ${NO_DATA('CloudFront KeyValueStore')}`,
  },
  {
    type: 'AWS::Serverless::*',
    reason: 'a SAM resource type the SAM expansion of cdk-cost does not know: what the transform would create is not priced',
  },
  { type: 'AWS::SageMaker::*', reason: NO_DATA('SageMaker') },
  {
    type: 'AWS::Batch::ComputeEnvironment',
    reason: 'AWS Batch itself has no charge; the EC2 or Fargate capacity it launches depends on the jobs, which the template does not say',
  },
  { type: 'AWS::GuardDuty::Detector', reason: `GuardDuty bills analysed events and data volume; ${NO_DATA('GuardDuty')}` },
  { type: 'AWS::Config::ConfigRule', reason: `AWS Config bills rule evaluations; ${NO_DATA('AWS Config')}` },
  { type: 'AWS::Config::ConfigurationRecorder', reason: `AWS Config bills configuration items recorded; ${NO_DATA('AWS Config')}` },
  { type: 'AWS::CodeBuild::Project', reason: `CodeBuild bills build minutes by compute type; ${NO_DATA('CodeBuild')}` },
  {
    type: 'AWS::CodePipeline::Pipeline',
    reason: `CodePipeline bills active pipelines (V1) or action minutes (V2); ${NO_DATA('CodePipeline')}`,
  },
  { type: 'AWS::Backup::BackupPlan', reason: `AWS Backup bills backup storage by resource type; ${NO_DATA('AWS Backup')}` },
  { type: 'AWS::Backup::BackupVault', reason: `AWS Backup bills backup storage by resource type; ${NO_DATA('AWS Backup')}` },
];

const exact = new Map(UNSUPPORTED_TYPES.filter((r) => !r.type.includes('*')).map((r) => [r.type, r.reason]));
const patterns = UNSUPPORTED_TYPES.filter((r) => r.type.includes('*')).map((r) => ({ prefix: r.type.slice(0, -1), reason: r.reason }));

export const NO_PRICER_YET = 'no pricer for this resource type yet';

/** Why a type without a pricer cannot be priced: its specific reason, or the generic one. */
export function unsupportedReason(type: string): string {
  return exact.get(type) ?? patterns.find((p) => type.startsWith(p.prefix))?.reason ?? NO_PRICER_YET;
}
