/**
 * The WasteScanner construct in a stack of its own, deployed in the organization's management (or delegated
 * administrator) account: weekly, every ACTIVE account, three regions. Priced at 10 / 100 / 1,000 accounts by
 * usage-10.yml, usage-100.yml and usage-1000.yml (README: "The scanner as a CDK construct").
 */
import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { WasteScanner } from '../../lib/cdk/index.js';

export const SCANNER_REGIONS = ['us-east-1', 'eu-west-1', 'eu-central-1'];

export class WasteScannerStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    new WasteScanner(this, 'Scanner', { regions: SCANNER_REGIONS, concurrency: 40, toleratedFailurePercentage: 10, retentionDays: 90 });
  }
}
