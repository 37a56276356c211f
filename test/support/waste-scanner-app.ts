#!/usr/bin/env node
/**
 * A CDK app holding one WasteScanner stack, for the emulator deploy (test/examples/cdk-deploy-emulator.test.ts):
 * the example's scanner (examples/waste-scanner) with the options the example leaves out, so the deploy covers
 * them too. Not the example itself: that one is priced in the README, and an alarm would change its figures.
 */
import { App, Stack } from 'aws-cdk-lib';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { WasteScanner } from '../../lib/cdk/index.js';
import { SCANNER_REGIONS } from '../../examples/waste-scanner/scanner-stack.js';

const SCANNER_STACK = 'WasteScanner';
const WEBHOOK_SECRET_ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:cdk-cost/scanner-webhook-AbCdEf';

const app = new App();
const stack = new Stack(app, SCANNER_STACK, { env: { region: process.env.CDK_DEFAULT_REGION ?? 'us-east-1' } });
// An imported secret: moto's CloudFormation cannot create AWS::SecretsManager::Secret, and the URL is the user's.
const webhookSecret = Secret.fromSecretCompleteArn(stack, 'Webhook', WEBHOOK_SECRET_ARN);
new WasteScanner(stack, 'Scanner', { regions: SCANNER_REGIONS, retentionDays: 30, budget: 250, webhookSecret });
app.synth();
