/** QuotaSource over @aws-sdk/client-service-quotas, for one Region (and optionally an endpoint). */
import {
  GetServiceQuotaCommand,
  ListAWSDefaultServiceQuotasCommand,
  ServiceQuotasClient,
  type ServiceQuota as SdkQuota,
  type ServiceQuotasClientConfig,
} from '@aws-sdk/client-service-quotas';
import { sdkRetryConfig } from '../../aws/sdk-retry.js';
import type { QuotaSource, ServiceQuota } from './quota-source.js';

export interface SdkQuotaSourceOptions {
  region: string;
  endpoint?: string;
  /** Explicit credentials (tests); otherwise the SDK's default provider chain. */
  credentials?: ServiceQuotasClientConfig['credentials'];
  maxAttempts?: number;
}

export class SdkQuotaSource implements QuotaSource {
  readonly label: string;
  private readonly client: ServiceQuotasClient;

  constructor(options: SdkQuotaSourceOptions) {
    this.client = new ServiceQuotasClient({
      region: options.region,
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      ...(options.credentials ? { credentials: options.credentials } : {}),
      ...sdkRetryConfig({ maxAttempts: options.maxAttempts ?? 3 }),
    });
    this.label = `${options.endpoint ?? `servicequotas.${options.region}.amazonaws.com`} (${options.region})`;
  }

  async listDefaults(serviceCode: string): Promise<ServiceQuota[]> {
    const quotas: ServiceQuota[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListAWSDefaultServiceQuotasCommand({ ServiceCode: serviceCode, ...(token ? { NextToken: token } : {}) }),
      );
      for (const q of page.Quotas ?? []) {
        const quota = toQuota(q);
        if (quota) quotas.push(quota);
      }
      token = page.NextToken;
    } while (token);
    return quotas;
  }

  async getApplied(serviceCode: string, quotaCode: string): Promise<ServiceQuota | undefined> {
    const answer = await this.client.send(new GetServiceQuotaCommand({ ServiceCode: serviceCode, QuotaCode: quotaCode }));
    return answer.Quota ? toQuota(answer.Quota) : undefined;
  }

  destroy(): void {
    this.client.destroy();
  }
}

function toQuota(q: SdkQuota): ServiceQuota | undefined {
  if (!q.QuotaCode || q.Value === undefined) return undefined;
  return {
    serviceCode: q.ServiceCode ?? '',
    quotaCode: q.QuotaCode,
    quotaName: q.QuotaName ?? q.QuotaCode,
    value: q.Value,
    unit: q.Unit ?? 'None',
    adjustable: q.Adjustable ?? false,
  };
}
