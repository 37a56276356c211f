/**
 * The template corpus (../shared/corpus/cfn-templates: real templates written by others) as runs of
 * `cdk-cost estimate`: every template with its defaults, plus variants that exercise the other side
 * of a condition or parameter. Shared by the corpus test and the corpus coverage benchmark.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORPUS_DIR } from './paths.js';

export interface CorpusRun {
  /** Template path relative to the corpus folder. */
  template: string;
  /** --parameter values; a run without them prices the template's defaults. */
  parameters?: Record<string, string>;
  /** What a variant shows. */
  variant?: string;
}

const TEMPLATE_FILE = /\.(ya?ml|json|template)$/i;

/** Every template file in the corpus folder (licence and README files excluded). */
export function corpusTemplates(dir = CORPUS_DIR): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (TEMPLATE_FILE.test(name)) out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out;
}

/** Variants: the other branch of a template's conditions, and current instance types for a previous-generation default. */
export const CORPUS_VARIANTS: CorpusRun[] = [
  {
    template: 'aws-samples__serverless-patterns/msk-cfn-sasl-lambda/create-cluster-cfn/MSKSampleStack.yml',
    parameters: { EnvType: 'Provisioned' },
    variant: 'provisioned MSK cluster, private CA, KMS key and secret (Condition CreateProvisionedCluster)',
  },
  {
    template: 'awslabs__aws-cloudformation-templates/aws/services/EMR/EMRClusterWithAdditioanalSecurityGroups.json',
    parameters: { MasterInstanceType: 'm5.xlarge', CoreInstanceType: 'm5.xlarge', Applications: 'Spark' },
    variant: 'current-generation instance types instead of the m3.xlarge defaults',
  },
  {
    template: 'awslabs__aws-cloudformation-templates/aws/services/RDS/RDS_MySQL_With_Read_Replica.yaml',
    parameters: { EnableReadReplica: 'false', MultiAZ: 'true' },
    variant: 'no read replica (Condition Enable-Read-Replica false), Multi-AZ primary',
  },
];

export function corpusRuns(): CorpusRun[] {
  return [...corpusTemplates().map((template) => ({ template })), ...CORPUS_VARIANTS];
}

export function runArgs(run: CorpusRun): string[] {
  return [join(CORPUS_DIR, run.template), ...Object.entries(run.parameters ?? {}).flatMap(([k, v]) => ['--parameter', `${k}=${v}`])];
}
