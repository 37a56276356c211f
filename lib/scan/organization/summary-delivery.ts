/**
 * Where the WasteScanner's summary goes besides the bucket and the SNS topic:
 * - CloudWatch metrics: the run's total monthly waste (and, if asked, each account's) as MonthlyWaste in the
 *   scanner's namespace, so that the construct's alarm can compare it with the budget;
 * - a webhook (Slack, Teams, or any receiver of JSON): one POST of `{ text, summary }`. `text` is the line
 *   Slack's and Teams' incoming webhooks display; `summary` is the whole summary for other receivers.
 * A delivery that fails is reported in the summary (and logged), never thrown: the reports are already in the
 * bucket and the SNS message still goes out, so a chat outage must not fail the run.
 */
import { PutMetricDataCommand, CloudWatchClient, type MetricDatum } from '@aws-sdk/client-cloudwatch';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { ClientFactory } from '../aws/clients.js';

export const METRIC_NAME = 'MonthlyWaste';
/** PutMetricData takes up to 1,000 metrics per request. */
const METRICS_PER_REQUEST = 1000;
/** A webhook that has not answered by then is reported as failed (the function's own timeout is 15 minutes). */
export const WEBHOOK_TIMEOUT_MS = 10_000;

export interface MetricsConfig {
  namespace: string;
  /** The Scanner dimension's value: tells several scanners in one account apart (the construct's unique id). */
  scanner: string;
  /** Also one MonthlyWaste per account (dimension Account): each is a custom metric of its own, billed monthly. */
  perAccount: boolean;
}

export interface Delivery {
  ok: boolean;
  /** What was sent: metric data points, or the webhook's HTTP status. */
  detail: string;
}

export interface WasteTotals {
  runId: string;
  monthlyWaste: string;
  accounts: { account: string; monthlyWaste: string }[];
}

export async function publishMetrics(
  clients: ClientFactory,
  region: string,
  config: MetricsConfig,
  totals: WasteTotals,
  at: Date,
): Promise<Delivery> {
  const scanner = { Name: 'Scanner', Value: config.scanner };
  // USD as a plain number: CloudWatch has no currency unit, and its values are doubles (exact to the cent).
  const datum = (value: string, dimensions: MetricDatum['Dimensions']): MetricDatum => ({
    MetricName: METRIC_NAME,
    Dimensions: dimensions,
    Timestamp: at,
    Value: Number(value),
    Unit: 'None',
  });
  const data = [
    datum(totals.monthlyWaste, [scanner]),
    ...(config.perAccount ? totals.accounts.map((a) => datum(a.monthlyWaste, [scanner, { Name: 'Account', Value: a.account }])) : []),
  ];
  try {
    const cloudwatch = clients.get(CloudWatchClient, region);
    for (let i = 0; i < data.length; i += METRICS_PER_REQUEST)
      await cloudwatch.send(new PutMetricDataCommand({ Namespace: config.namespace, MetricData: data.slice(i, i + METRICS_PER_REQUEST) }));
    return { ok: true, detail: `${data.length} data point(s) in ${config.namespace}` };
  } catch (error) {
    return failed('CloudWatch metrics', error);
  }
}

/**
 * Reads the webhook URL from the secret (its SecretString, the URL alone) at run time, and POSTs to it.
 * https only, except a loopback address (a local relay, and the tests).
 */
export async function postWebhook(
  clients: ClientFactory,
  region: string,
  secretId: string,
  text: string,
  summary: unknown,
  timeoutMs = WEBHOOK_TIMEOUT_MS,
): Promise<Delivery> {
  let url: URL;
  try {
    const secret = await clients.get(SecretsManagerClient, region).send(new GetSecretValueCommand({ SecretId: secretId }));
    url = new URL((secret.SecretString ?? '').trim());
  } catch (error) {
    return failed('webhook (reading its URL from the secret)', error);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
    return failed('webhook', new Error(`the secret's URL must be https:// (it is ${url.protocol}//${url.host})`));
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, summary }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    // The body of a refusal says why (Slack: "invalid_token", "no_text"); a bounded piece of it is enough.
    const answer = (await response.text()).slice(0, 200);
    if (!response.ok) return failed('webhook', new Error(`HTTP ${response.status} from ${url.host}: ${answer}`));
    return { ok: true, detail: `HTTP ${response.status} from ${url.host}` };
  } catch (error) {
    return failed('webhook', error);
  }
}

function failed(what: string, error: unknown): Delivery {
  const message =
    error instanceof Error ? (error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message) : String(error);
  console.error(`WasteScanner summary: ${what} failed: ${message}`);
  return { ok: false, detail: message };
}
