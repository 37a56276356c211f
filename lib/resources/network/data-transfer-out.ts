/**
 * Data transfer out to the internet, a usage-only item: resources that serve the internet (instances,
 * Auto Scaling groups, load balancers, NAT gateways, ECS services) accept `monthlyDataTransferOutGB`
 * and get a line priced with AWSDataTransfer's tiered "DataTransfer Out to Internet" rate for the
 * stack's region. Without the key there is no line: most resources send little, and where the bytes
 * leave (a load balancer or its targets) is the user's to say, once.
 *
 * AWS aggregates these tiers (and the 100 GB monthly allowance) per account across services, so a
 * line prices its own GB as if it were the account's only traffic.
 */
import type { Decimal } from '../../money.js';
import { DATA_TRANSFER_OUT_TO_INTERNET } from '../../pricing/catalog-keys.js';
import type { PricerContext, UsageKeyDefinition } from '../pricer.js';
import { fmt } from '../../quantities.js';

export const DATA_TRANSFER_OUT_KEY: UsageKeyDefinition<'monthlyDataTransferOutGB'> = {
  name: 'monthlyDataTransferOutGB',
  unit: 'GB/month',
  description: 'Data sent from this resource to the internet (AWSDataTransfer, tiered); no line when not given',
};

export const DATA_TRANSFER_SERVICE_CODE = 'AWSDataTransfer';

export function addDataTransferOut(ctx: PricerContext): void {
  if (!ctx.usage.has(DATA_TRANSFER_OUT_KEY.name)) return;
  ctx.add({
    name: 'Data transfer out to the internet',
    unit: 'GB',
    quantity: ctx.usage.number(DATA_TRANSFER_OUT_KEY.name),
    price: { serviceCode: DATA_TRANSFER_SERVICE_CODE, key: DATA_TRANSFER_OUT_TO_INTERNET },
    usageBased: true,
    usageKeys: [DATA_TRANSFER_OUT_KEY.name],
  });
}

/**
 * Resources that answer requests from the internet (REST APIs, ALBs) can state the average response
 * size instead: data out = requests × avgResponseSizeKB ÷ 1,048,576 KB per GB. monthlyDataTransferOutGB,
 * when given, wins.
 */
export const RESPONSE_SIZE_KEY: UsageKeyDefinition<'avgResponseSizeKB'> = {
  name: 'avgResponseSizeKB',
  unit: 'KB',
  description: 'Average response size sent to the internet; with the request count it prices data transfer out (AWSDataTransfer, tiered)',
};

export function addResponseDataTransferOut(ctx: PricerContext, requests: Decimal | undefined, requestsKey: string): void {
  if (ctx.usage.has(DATA_TRANSFER_OUT_KEY.name) || !ctx.usage.has(RESPONSE_SIZE_KEY.name)) {
    addDataTransferOut(ctx);
    return;
  }
  const kb = ctx.usage.number(RESPONSE_SIZE_KEY.name)!;
  ctx.add({
    name: 'Data transfer out to the internet (responses)',
    unit: 'GB',
    quantity: requests?.times(kb).div(1024 * 1024),
    price: { serviceCode: DATA_TRANSFER_SERVICE_CODE, key: DATA_TRANSFER_OUT_TO_INTERNET },
    usageBased: true,
    usageKeys: [requestsKey, RESPONSE_SIZE_KEY.name],
    formula: `${requests ? fmt(requests) : '?'} requests × ${fmt(kb)} KB ÷ 1,048,576 KB/GB`,
  });
}
