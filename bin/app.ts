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
import { DatabaseStack } from '../examples/sharded-database/database-stack.js';
import { InstanceSize } from 'aws-cdk-lib/aws-ec2';

const app = new App();
const env = { region: process.env.CDK_DEFAULT_REGION ?? 'us-east-1' };

new AsyncUploadPipelineStack(app, 'UploadPipeline', { env, description: 'Asynchronous upload pipeline (cdk-cost example)' });
new SyncUploadPipelineStack(app, 'SyncUploadPipeline', { env, description: 'Synchronous upload pipeline (cdk-cost example)' });
new PaymentsStack(app, 'Payments', { env, description: 'Payments workflow (cdk-cost example)' });
new CmsPublishingStack(app, 'CmsPublishing', { env, description: 'CMS publishing pipeline (cdk-cost example)' });
new WebAppStack(app, 'WebApp', { env, description: 'Web app: static UI, API on Fargate, PostgreSQL (cdk-cost example)' });
// The same data (2 TB) and capacity (8 vCPU, 64 GiB), split across four instances or kept on one.
new DatabaseStack(app, 'ShardedDatabase', {
  env,
  shards: 4,
  instanceSize: InstanceSize.LARGE,
  storageGBPerInstance: 500,
  description: 'Database split across 4 shards behind a router (cdk-cost example)',
});
new DatabaseStack(app, 'SingleDatabase', {
  env,
  shards: 1,
  instanceSize: InstanceSize.XLARGE2,
  storageGBPerInstance: 2000,
  description: 'One database instance holding the same data (cdk-cost example)',
});

app.synth();
