#!/usr/bin/env node
/**
 * A CDK app of its own for the WasteScanner example (cdk.json here): not in bin/app.ts, so the other examples'
 * assembly does not carry the scanner's ~100 MB function asset.
 */
import { App } from 'aws-cdk-lib';
import { WasteScannerStack } from './scanner-stack.js';

const app = new App();
new WasteScannerStack(app, 'WasteScanner', {
  env: { region: process.env.CDK_DEFAULT_REGION ?? 'us-east-1' },
  description: 'cdk-cost WasteScanner: weekly organization waste scan (cdk-cost example)',
});
app.synth();
