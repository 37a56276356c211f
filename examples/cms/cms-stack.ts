/**
 * CMS publishing: editors save drafts through a REST API into a write store (DynamoDB, one item per
 * revision). Publishing emits an event on a custom EventBridge bus; a rule queues it for a
 * transformer that denormalizes the article (author, tags and related articles embedded) into the
 * read-optimized store — a second DynamoDB table, one item per published article — and invalidates
 * its path on the CDN. Readers come through CloudFront; its cache misses reach a reader function
 * (a function URL that only CloudFront may call) that reads one item. Failed transformations land in
 * a dead-letter queue that a scheduled republisher drains every 15 minutes.
 *
 * Load (in code, as construct metadata): 60,000 editor API calls a month, one publish in ten; the
 * site serves 5 million page views a month through CloudFront, 5% of them cache misses.
 */
import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as schedulerTargets from 'aws-cdk-lib/aws-scheduler-targets';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { Load, Usage } from '../../lib/cdk/index.js';
import { inlineHandler } from '../shared/inline-handler.js';

export class CmsPublishingStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const fn = (name: string, memorySize: number, extra: Partial<lambda.FunctionProps> = {}) =>
      new lambda.Function(this, name, {
        runtime: lambda.Runtime.NODEJS_24_X,
        architecture: lambda.Architecture.ARM_64,
        memorySize,
        timeout: Duration.seconds(60),
        handler: 'index.handler',
        code: inlineHandler(name),
        logGroup: new logs.LogGroup(this, `${name}Logs`, { retention: logs.RetentionDays.ONE_MONTH }),
        ...extra,
      });

    const drafts = new dynamodb.Table(this, 'Drafts', {
      partitionKey: { name: 'articleId', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'revision', type: dynamodb.AttributeType.NUMBER },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
    });
    // The read-optimized store: one denormalized item per published article, read by key.
    const articles = new dynamodb.Table(this, 'Articles', {
      partitionKey: { name: 'slug', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
    });
    const reader = fn('Reader', 256, { environment: { TABLE: articles.tableName } });
    articles.grantReadData(reader);
    const readerUrl = reader.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
    const site = new cloudfront.Distribution(this, 'Site', {
      defaultBehavior: {
        origin: origins.FunctionUrlOrigin.withOriginAccessControl(readerUrl),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
      },
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
    });

    const bus = new events.EventBus(this, 'PublishingBus');
    const editor = fn('EditorApi', 256, { environment: { TABLE: drafts.tableName, BUS: bus.eventBusName } });
    drafts.grantReadWriteData(editor);
    bus.grantPutEventsTo(editor);
    const api = new apigateway.LambdaRestApi(this, 'Api', { handler: editor, deployOptions: { stageName: 'v1' } });

    const failedTransforms = new sqs.Queue(this, 'FailedTransforms', { retentionPeriod: Duration.days(14) });
    const toTransform = new sqs.Queue(this, 'ToTransform', {
      visibilityTimeout: Duration.minutes(6),
      deadLetterQueue: { queue: failedTransforms, maxReceiveCount: 3 },
    });
    new events.Rule(this, 'ArticlePublished', {
      eventBus: bus,
      eventPattern: { source: ['cms.editor'], detailType: ['ArticlePublished'] },
      targets: [new targets.SqsQueue(toTransform)],
    });

    const transformer = fn('Transformer', 1024, { environment: { READ_STORE: articles.tableName, DISTRIBUTION: site.distributionId } });
    transformer.addEventSource(new SqsEventSource(toTransform, { batchSize: 5 }));
    drafts.grantReadData(transformer);
    articles.grantWriteData(transformer);
    transformer.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['cloudfront:CreateInvalidation'],
        resources: [`arn:${this.partition}:cloudfront::${this.account}:distribution/${site.distributionId}`],
      }),
    );

    const republisher = fn('Republisher', 256, { environment: { DLQ: failedTransforms.queueUrl, QUEUE: toTransform.queueUrl } });
    failedTransforms.grantConsumeMessages(republisher);
    toTransform.grantSendMessages(republisher);
    new scheduler.Schedule(this, 'RepublishEvery15Minutes', {
      schedule: scheduler.ScheduleExpression.rate(Duration.minutes(15)),
      target: new schedulerTargets.LambdaInvoke(republisher),
    });

    Load.entry(api, { flow: 'editing', unit: 'editor call', perMonth: 60_000 });
    // Every editor call reads and writes its draft; one call in ten publishes an event.
    Load.ratio(editor, drafts, { writesPerInvocation: 1, readsPerInvocation: 1 });
    Load.ratio(editor, bus, { writesPerInvocation: 0.1 });
    // The transformer reads the draft's revisions and writes the denormalized article to the read
    // store; it invalidates the article's path on the CDN (one path per publish).
    Load.ratio(transformer, drafts, { readsPerRecord: 3 });
    Load.ratio(transformer, articles, { writesPerRecord: 1 });
    Load.ratio(toTransform, failedTransforms, { share: 0.01 });
    Usage.of(site).set({ monthlyInvalidationPaths: 6_000 });
    // Readers: 5% of page views miss the cache; each miss reads one article item.
    Load.entry(site, { flow: 'readers', unit: 'page view', perMonth: 5_000_000 });
    Load.ratio(site, reader, { originRequestsPerRequest: 0.05 });
    Load.ratio(reader, articles, { readsPerInvocation: 1 });
    Usage.of(site).set({ monthlyDataTransferOutGB: 500 });
    Usage.of(articles).set({ storageGB: 10 });
    Usage.of(drafts).set({ storageGB: 5 });
    for (const [name, ms] of [
      ['EditorApi', 100],
      ['Transformer', 2000],
      ['Republisher', 300],
      ['Reader', 30],
    ] as const) {
      Usage.of(this.node.findChild(name)).set({ avgDurationMs: ms });
      Load.ratio(this.node.findChild(name), this.node.findChild(`${name}Logs`), { kbPerInvocation: 2 });
    }
  }
}
