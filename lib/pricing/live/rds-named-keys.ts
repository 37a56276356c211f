/**
 * RDS and Aurora prices the bundled snapshot keeps under aws-price-watcher's readable rate names
 * (reshaped rds-*-ondemand.json / rds-aurora-storage.json, no rate codes): each name is the
 * product's distinguishing Price List attribute values joined with spaces, punctuation dropped
 * ("Year 1, Year 2" → "Year 1 Year 2", "5.7" → "5 7", "Aurora I/O Operation" → "Aurora I O Operation").
 * The keyers rebuild that name from a product's attributes so `pricing refresh` lands on the same key.
 */
import type { OnDemandDimension, Product } from './price-list-item.js';

/** "Aurora I/O Operation" → "Aurora I O Operation", "IO Optimized-Aurora" → "IO Optimized Aurora". */
const words = (text: string): string => text.replace(/[^A-Za-z0-9]+/g, ' ').trim();

const AURORA = /^Aurora (MySQL|PostgreSQL)$/;
const IO_OPTIMIZED_STORAGE = 'Aurora IO Optimization Mode';

/** A readable RDS rate name for the product, or a per-dimension namer for tiered ones (Data API). */
export function rdsNamedKey({ productFamily, attributes: a }: Product): string | ((d: OnDemandDimension) => string) | undefined {
  const engine = a.databaseEngine;
  if (!engine) {
    return productFamily === 'System Operation' && /^Aurora /.test(a.group ?? '') ? `System Operation ${words(a.group!)}` : undefined;
  }
  // Extended Support per vCPU-hour: databaseEngine, extendedSupportPricingYear, engineMajorVersion.
  if (a.extendedSupportPricingYear && a.engineMajorVersion) {
    return `${engine} ${words(a.extendedSupportPricingYear)} ${words(a.engineMajorVersion)}`;
  }
  const aurora = AURORA.test(engine);
  if (productFamily === 'ServerlessV2' && aurora) {
    return `${engine} ServerlessV2${a.storage === IO_OPTIMIZED_STORAGE ? ` ${IO_OPTIMIZED_STORAGE}` : ''}`;
  }
  if (productFamily === 'Database Storage' && a.volumeType === 'IO Optimized-Aurora') return `${engine} ${words(a.volumeType)}`;
  if (productFamily === 'Database Storage' && a.volumeType === 'General Purpose-Aurora' && aurora) {
    return `Database Storage DB Engine ${engine} ${words(a.volumeType)}`;
  }
  if (productFamily === 'Performance Insights' && aurora) {
    // Long-term retention by mode: usage type "…:ProvisionedAMR" etc.; provisioned per vCPU, Serverless per ACU.
    const mode = /(Provisioned|Serverless)(AMR|FMR)$/.exec(a.usagetype ?? '');
    return mode ? `Performance Insights ${engine} ${mode[0]} ${mode[1] === 'Serverless' ? 'ACU' : 'vCPU'} Months` : undefined;
  }
  // The Data API bills in tiers; the bundled data names each tier by its range.
  if (productFamily === 'Data API' && aurora) return (d) => `${engine} Data API requests ${d.begin} ${d.end ?? 'Inf'}`;
  return undefined;
}
