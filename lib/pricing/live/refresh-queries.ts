/**
 * What to ask the Price List API for, per service: which attribute holds the region, and extra
 * filters that keep the answer to the products the snapshot can use (EC2 and RDS list hundreds of
 * thousands of products across operating systems, tenancies and licence models).
 */
import type { Filter } from '@aws-sdk/client-pricing';
import { AURORA_ENGINES, RDS_ENGINES } from '../catalog-keys.js';

export interface ServiceQueryPlan {
  /**
   * The product attribute naming the AWS location ("US East (N. Virginia)"), or null for services
   * priced globally (their prices sit in every region's file; they are fetched once).
   */
  regionField: 'location' | 'fromLocation' | null;
  /** One GetProducts query per filter set (the region filter is added to each). */
  queries: Filter[][];
  /**
   * Queries sent without the region filter: account-wide rates AWS lists under a location that is
   * not a Region ("Any"), which the snapshot writes into every region's file.
   */
  unlocatedQueries?: Filter[][];
}

const match = (Field: string, Value: string): Filter => ({ Type: 'TERM_MATCH', Field, Value });
const anyOf = (Field: string, values: string[]): Filter => ({ Type: 'ANY_OF', Field, Value: values.join(',') });
const noneOf = (Field: string, values: string[]): Filter => ({ Type: 'NONE_OF', Field, Value: values.join(',') });

const EC2_INSTANCE_FAMILIES = ['Compute Instance', 'Compute Instance (bare metal)'];

const PLANS: Record<string, ServiceQueryPlan> = {
  AmazonEC2: {
    regionField: 'location',
    queries: [
      // Linux, shared tenancy, no pre-installed software, on-demand capacity: the BoxUsage prices.
      [
        anyOf('productFamily', EC2_INSTANCE_FAMILIES),
        match('operatingSystem', 'Linux'),
        match('tenancy', 'Shared'),
        match('preInstalledSw', 'NA'),
        match('capacitystatus', 'Used'),
      ],
      // Everything else EC2 bills (EBS, NAT gateways, snapshots, IOPS, …) but instance-hours.
      [noneOf('productFamily', [...EC2_INSTANCE_FAMILIES, 'Dedicated Host'])],
    ],
  },
  AmazonRDS: {
    regionField: 'location',
    queries: [
      // Instance-hours of the engines priced (Aurora included) and Extended Support ("Any" engine for some Aurora versions).
      [match('productFamily', 'Database Instance'), anyOf('databaseEngine', [...RDS_ENGINES, ...AURORA_ENGINES, 'Any'])],
      [noneOf('productFamily', ['Database Instance'])],
    ],
  },
  AWSDataTransfer: { regionField: 'fromLocation', queries: [[anyOf('transferType', ['AWS Outbound', 'InterRegion Outbound'])]] },
  // Dashboards are billed account-wide (the "Dashboard Basic Dashboard" rate, location "Any").
  AmazonCloudWatch: { regionField: 'location', queries: [[]], unlocatedQueries: [[match('productFamily', 'Dashboard')]] },
  AmazonCloudFront: { regionField: null, queries: [[]] },
  AmazonRoute53: { regionField: null, queries: [[]] },
};

const DEFAULT_PLAN: ServiceQueryPlan = { regionField: 'location', queries: [[]] };

export function queryPlan(serviceCode: string): ServiceQueryPlan {
  return PLANS[serviceCode] ?? DEFAULT_PLAN;
}

/** The filter sets to send for one service in one region (its AWS location name). */
export function queriesFor(serviceCode: string, location: string): Filter[][] {
  const plan = queryPlan(serviceCode);
  const located = plan.queries.map((filters) => (plan.regionField ? [match(plan.regionField, location), ...filters] : filters));
  return [...located, ...(plan.unlocatedQueries ?? [])];
}
