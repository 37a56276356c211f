/**
 * AWS::Logs::LogGroup — ingestion (Standard or Infrequent Access class), archived storage (same
 * rate in both classes), data protection scanning when the group has a DataProtectionPolicy, and
 * Logs Insights queries by GB scanned (`monthlyInsightsScannedGB`; no line without it).
 * With a finite retention and no storage figure given, steady-state storage is derived as
 * monthly ingestion × retention (an upper bound: CloudWatch bills stored logs compressed).
 */
import { Decimal, HOURS_PER_MONTH } from '../../money.js';
import { definePricer } from '../pricer.js';
import { num, str } from '../../model/properties.js';
import { fmt } from '../../quantities.js';
import { addWhenGiven } from '../optional-usage-line.js';

const DAYS_PER_MONTH = HOURS_PER_MONTH.div(24);

export const logsLogGroup = definePricer({
  types: ['AWS::Logs::LogGroup'],
  service: 'CloudWatch Logs',
  serviceCodes: ['AmazonCloudWatch'],
  usageKeys: [
    { name: 'monthlyIngestedGB', unit: 'GB/month', description: 'Log data ingested per month' },
    { name: 'storageGB', unit: 'GB', description: 'Log data kept in storage (derived from ingestion × retention when not given)' },
    { name: 'monthlyInsightsScannedGB', unit: 'GB/month', description: 'Log data scanned by Logs Insights queries on this group' },
  ],
  price(ctx) {
    const r = ctx.resource;
    const infrequent = str(r, 'LogGroupClass') === 'INFREQUENT_ACCESS';
    const ingested = ctx.usage.number('monthlyIngestedGB');
    ctx.add({
      name: infrequent ? 'Ingestion (Infrequent Access)' : 'Ingestion',
      unit: 'GB',
      quantity: ingested,
      price: {
        serviceCode: 'AmazonCloudWatch',
        key: infrequent ? 'IA Custom ingested Logs from 0 upto Inf' : 'Logs Collected Data Ingestion',
      },
      usageBased: true,
      usageKeys: ['monthlyIngestedGB'],
    });
    if (r.properties.DataProtectionPolicy !== undefined) {
      // A data protection policy scans every ingested GB for sensitive data.
      ctx.add({
        name: 'Data protection (data scanned)',
        unit: 'GB',
        quantity: ingested,
        price: { serviceCode: 'AmazonCloudWatch', key: 'DataProtection LogsCloudWatch Logs Data Protection' },
        usageBased: true,
        usageKeys: ['monthlyIngestedGB'],
      });
    }
    const retentionDays = num(r, 'RetentionInDays');
    let stored = ctx.usage.has('storageGB') ? ctx.usage.number('storageGB') : undefined;
    let formula: string | undefined;
    if (stored === undefined && ingested !== undefined && retentionDays !== undefined) {
      stored = ingested.times(new Decimal(retentionDays)).div(DAYS_PER_MONTH);
      formula = `${fmt(ingested)} GB/month × ${retentionDays} days retention ÷ ${fmt(DAYS_PER_MONTH)} days/month`;
      ctx.note('storage derived from ingestion × retention, before compression (an upper bound)');
    } else if (stored === undefined) {
      ctx.usage.number('storageGB'); // recorded as missing
      if (retentionDays === undefined) ctx.note('logs never expire: storage grows every month; give storageGB');
    }
    ctx.add({
      name: 'Storage (archived)',
      unit: 'GB-months',
      quantity: stored,
      price: { serviceCode: 'AmazonCloudWatch', key: 'Stored Data' },
      usageBased: true,
      usageKeys: ['storageGB', 'monthlyIngestedGB'],
      ...(formula ? { formula } : {}),
    });
    addWhenGiven(ctx, 'monthlyInsightsScannedGB', {
      name: 'Logs Insights queries (data scanned)',
      unit: 'GB',
      price: { serviceCode: 'AmazonCloudWatch', key: 'Queried Logs Insights' },
    });
  },
});
