/**
 * Where refreshed quota values come from: the Service Quotas API (ListAWSDefaultServiceQuotas for
 * AWS's defaults, GetServiceQuota for the values applied to this account). The interface keeps the
 * refresh pure and testable; the SDK implementation is loaded only by `limits refresh`.
 */
export interface ServiceQuota {
  serviceCode: string;
  quotaCode: string;
  quotaName: string;
  value: number;
  /** Service Quotas' unit ("None" for counts). */
  unit: string;
  adjustable: boolean;
}

export interface QuotaSource {
  /** Where the answers come from, for messages (endpoint and Region). */
  readonly label: string;
  /** AWS's default quotas of a service in the source's Region (every page). */
  listDefaults(serviceCode: string): Promise<ServiceQuota[]>;
  /** The value applied to this account, or undefined when Service Quotas has none for it. */
  getApplied(serviceCode: string, quotaCode: string): Promise<ServiceQuota | undefined>;
}
