/**
 * vCPUs of a DB instance class, for the charges AWS bills per vCPU (Performance Insights retention,
 * Extended Support). A class db.X has the vCPUs of EC2 type X: the snapshot's instance-vcpus.json,
 * written by `pricing build` from the EC2 data's vCPU attribute. A class the EC2 data lacks falls back
 * to the size in its name, by the EC2 naming rule (large = 2 vCPUs, each step doubles: xlarge 4,
 * 2xlarge 8; burstable micro/small/medium 2, t2 micro/small 1), and says so in a note. A size outside
 * the rule (metal, "serverless") gives undefined, and the pricer says so.
 */
import snapshotVcpus from '../../../pricing/snapshot/instance-vcpus.json' with { type: 'json' };

const FROM_DATA: Readonly<Record<string, number>> = snapshotVcpus.vcpus;

export interface FoundVcpus {
  vcpus: number;
  /** Set when the count came from the class name, not from the data. */
  note?: string;
}

export function vcpusOf(dbClass: string): FoundVcpus | undefined {
  const type = dbClass.replace(/^db\./, '');
  const fromData = FROM_DATA[type];
  if (fromData !== undefined) return { vcpus: fromData };
  const bySize = vcpusFromSize(dbClass);
  if (bySize === undefined) return undefined;
  return { vcpus: bySize, note: `${bySize} vCPUs for ${dbClass} from its size (${type} is not in the EC2 data the snapshot carries)` };
}

/** The naming rule alone (exported for tests of the fallback). */
export function vcpusFromSize(dbClass: string): number | undefined {
  const parts = dbClass.replace(/^db\./, '').split('.');
  const family = parts[0] ?? '';
  const size = parts[parts.length - 1] ?? '';
  if (size === 'micro' || size === 'small') return family === 't2' ? 1 : 2;
  if (size === 'medium' || size === 'large') return 2;
  if (size === 'xlarge') return 4;
  const multiple = /^(\d+)xlarge$/.exec(size);
  return multiple ? 4 * Number(multiple[1]) : undefined;
}
