/**
 * vCPUs of a DB instance class, for the charges AWS bills per vCPU (Performance Insights retention,
 * Extended Support). The bundled snapshot keeps prices, not instance attributes, so the count comes
 * from the size in the class name, by the EC2 naming rule the classes follow: large = 2 vCPUs, each
 * step doubles (xlarge 4, 2xlarge 8, 12xlarge 48); burstable micro/small/medium have 2 (1 for t2
 * micro/small). A size outside the rule (metal, "serverless") gives undefined, and the pricer says so.
 */
export function instanceVcpus(dbClass: string): number | undefined {
  const parts = dbClass.replace(/^db\./, '').split('.');
  const family = parts[0] ?? '';
  const size = parts[parts.length - 1] ?? '';
  if (size === 'micro' || size === 'small') return family === 't2' ? 1 : 2;
  if (size === 'medium' || size === 'large') return 2;
  if (size === 'xlarge') return 4;
  const multiple = /^(\d+)xlarge$/.exec(size);
  return multiple ? 4 * Number(multiple[1]) : undefined;
}
