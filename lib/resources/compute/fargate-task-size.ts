/**
 * A Fargate task's size from its AWS::ECS::TaskDefinition: Cpu ("256" CPU units or "0.25 vCPU") and
 * Memory ("512" MiB or "0.5 GB"), CPU architecture and OS family (RuntimePlatform), and ephemeral
 * storage (EphemeralStorage.SizeInGiB; 20 GB are included).
 */
import { Decimal } from '../../money.js';
import type { ResourceModel } from '../../model/architecture.js';
import { num, str, unresolved } from '../../model/properties.js';

export interface FargateTaskSize {
  vcpu: Decimal;
  memoryGb: Decimal;
  arm: boolean;
  windows: boolean;
  ephemeralGb: Decimal;
}

/** Fargate includes 20 GB of ephemeral storage per task (supplementary.json rules). */
export const INCLUDED_EPHEMERAL_GB = 20;

/** "256" → 0.25 vCPU; "1 vCPU" / "1 vcpu" → 1. */
export function parseCpu(value: string): Decimal | undefined {
  const v = value.trim().toLowerCase();
  const units = /^(\d+(?:\.\d+)?)$/.exec(v);
  if (units) return new Decimal(units[1]!).div(1024);
  const vcpu = /^(\d+(?:\.\d+)?)\s*vcpu$/.exec(v);
  return vcpu ? new Decimal(vcpu[1]!) : undefined;
}

/** "512" (MiB) → 0.5 GB; "2 GB" / "2gb" → 2. */
export function parseMemory(value: string): Decimal | undefined {
  const v = value.trim().toLowerCase();
  const mib = /^(\d+(?:\.\d+)?)$/.exec(v);
  if (mib) return new Decimal(mib[1]!).div(1024);
  const gb = /^(\d+(?:\.\d+)?)\s*gb$/.exec(v);
  return gb ? new Decimal(gb[1]!) : undefined;
}

export function fargateTaskSize(taskDefinition: ResourceModel): FargateTaskSize | { problem: string } {
  const cpuText = str(taskDefinition, 'Cpu');
  const memoryText = str(taskDefinition, 'Memory');
  if (cpuText === undefined || memoryText === undefined) {
    const which = cpuText === undefined ? 'Cpu' : 'Memory';
    const why = unresolved(taskDefinition, which);
    return {
      problem: `task definition ${taskDefinition.logicalId} ${which} is ${why ?? 'not set (Fargate requires task-level Cpu and Memory)'}`,
    };
  }
  const vcpu = parseCpu(cpuText);
  const memoryGb = parseMemory(memoryText);
  if (!vcpu || !memoryGb)
    return {
      problem: `task definition ${taskDefinition.logicalId} has Cpu "${cpuText}" / Memory "${memoryText}", which are not Fargate sizes`,
    };
  const arch = str(taskDefinition, 'RuntimePlatform.CpuArchitecture') ?? 'X86_64';
  const os = str(taskDefinition, 'RuntimePlatform.OperatingSystemFamily') ?? 'LINUX';
  return {
    vcpu,
    memoryGb,
    arm: arch.toUpperCase() === 'ARM64',
    windows: os.toUpperCase().startsWith('WINDOWS'),
    ephemeralGb: new Decimal(num(taskDefinition, 'EphemeralStorage.SizeInGiB') ?? INCLUDED_EPHEMERAL_GB),
  };
}
