#!/usr/bin/env node
/**
 * This repository's own CDK app (cdk.json points here): the example architectures, deployable.
 * `npx cdk-cost estimate` with no SOURCE synthesizes and prices this app.
 */
import { App } from 'aws-cdk-lib';
import { AsyncUploadPipelineStack } from '../examples/upload-pipeline/async-stack.js';

const app = new App();
const env = { region: process.env.CDK_DEFAULT_REGION ?? 'us-east-1' };

new AsyncUploadPipelineStack(app, 'UploadPipeline', { env, description: 'Asynchronous upload pipeline (cdk-cost example)' });

app.synth();
