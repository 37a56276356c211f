#!/usr/bin/env node
/**
 * This repository's own CDK app (cdk.json points here): the example architectures, deployable.
 * `npx cdk-cost estimate` with no SOURCE synthesizes and prices this app.
 */
import { App } from 'aws-cdk-lib';
import { AsyncUploadPipelineStack } from '../examples/upload-pipeline/async-stack.js';
import { SyncUploadPipelineStack } from '../examples/upload-pipeline/sync-stack.js';
import { PaymentsStack } from '../examples/payments/payments-stack.js';
import { CmsPublishingStack } from '../examples/cms/cms-stack.js';
import { WebAppStack } from '../examples/web-app/web-app-stack.js';

const app = new App();
const env = { region: process.env.CDK_DEFAULT_REGION ?? 'us-east-1' };

new AsyncUploadPipelineStack(app, 'UploadPipeline', { env, description: 'Asynchronous upload pipeline (cdk-cost example)' });
new SyncUploadPipelineStack(app, 'SyncUploadPipeline', { env, description: 'Synchronous upload pipeline (cdk-cost example)' });
new PaymentsStack(app, 'Payments', { env, description: 'Payments workflow (cdk-cost example)' });
new CmsPublishingStack(app, 'CmsPublishing', { env, description: 'CMS publishing pipeline (cdk-cost example)' });
new WebAppStack(app, 'WebApp', { env, description: 'Web app: static UI, API on Fargate, PostgreSQL (cdk-cost example)' });

app.synth();
