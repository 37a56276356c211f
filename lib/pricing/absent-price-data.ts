/**
 * Services whose prices AWS does publish, but not in a form the bundled snapshot can use: what is
 * missing from AWS's public data, said once here so a line without a price gives the real reason
 * (and the way out: the Price List API, which has the products' attributes) instead of "no prices".
 */
const ABSENT: Record<string, string> = {
  AmazonFSx:
    "AWS's public price data for FSx (the metered-unit map behind its pricing pages) names every rate only by an opaque id, " +
    'with no file system type, storage type, deployment type or throughput, so no rate in it can be matched to a file system; ' +
    '`--prices live` prices it from the AWS Price List API, whose FSx products carry those attributes',
};

/** Why the bundled data has no prices for this service, when that is known. */
export function absentPriceData(serviceCode: string): string | undefined {
  return ABSENT[serviceCode];
}
