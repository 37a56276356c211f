/**
 * OpenSearch Service EBS volumes, one per data node: storage by volume type, and provisioned
 * performance — io1 IOPS, and gp3 IOPS / throughput above what each gp3 volume includes (3,000
 * IOPS, 125 MiB/s). The bundled data has OpenSearch storage rates only (supplementary.json): the
 * performance lines name their prices and show as "no price", so the domain says what is missing.
 */
import { Decimal } from '../../money.js';
import type { PricerContext } from '../pricer.js';
import { bool, num, str } from '../../model/properties.js';
import { fmt } from '../../quantities.js';
import type { PriceKeyOf } from '../../pricing/price-keys.js';

const GP3_INCLUDED = { iops: 3000, throughput: 125 };

export function addEbsVolumes(ctx: PricerContext, dataNodes: number): void {
  const r = ctx.resource;
  if (bool(r, 'EBSOptions.EBSEnabled') === false || num(r, 'EBSOptions.VolumeSize') === undefined) return;
  const sizeGb = new Decimal(num(r, 'EBSOptions.VolumeSize')!);
  const volumeType = str(r, 'EBSOptions.VolumeType') ?? 'gp2';
  ctx.add({
    name: `EBS storage (${volumeType})`,
    unit: 'GB-months',
    quantity: sizeGb.times(dataNodes),
    price: { serviceCode: 'AmazonES', key: `OpenSearch Service EBS ${volumeType} storage` },
    usageBased: false,
    formula: `${fmt(sizeGb)} GB × ${dataNodes} data nodes`,
  });
  const iops = num(r, 'EBSOptions.Iops');
  const throughput = num(r, 'EBSOptions.Throughput');
  const extra = (label: string, perVolume: number, unit: string, key: PriceKeyOf<'AmazonES'>, included = 0) => {
    if (perVolume <= included) return;
    ctx.add({
      name: `EBS ${label} (${volumeType}${included ? `, above the ${fmt(included)} included` : ''})`,
      unit,
      quantity: new Decimal(perVolume - included).times(dataNodes),
      price: { serviceCode: 'AmazonES', key },
      usageBased: false,
      formula: `${fmt(perVolume - included)} × ${dataNodes} data nodes`,
    });
  };
  if (volumeType === 'io1' && iops !== undefined) extra('provisioned IOPS', iops, 'IOPS-months', 'OpenSearch Service EBS io1 IOPS');
  if (volumeType === 'gp3') {
    extra('provisioned IOPS', iops ?? 0, 'IOPS-months', 'OpenSearch Service EBS gp3 IOPS', GP3_INCLUDED.iops);
    extra('provisioned throughput', throughput ?? 0, 'MiBps-months', 'OpenSearch Service EBS gp3 throughput', GP3_INCLUDED.throughput);
  }
}
