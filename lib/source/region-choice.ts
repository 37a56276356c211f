/**
 * Which region a stack is priced in: the assembly's environment wins, then --region, then
 * us-east-1 with a warning (an environment-agnostic stack could be deployed anywhere).
 */
import type { StackModel } from '../model/architecture.js';

export const DEFAULT_REGION = 'us-east-1';

export class RegionChoice {
  readonly warnings: string[] = [];

  constructor(private readonly flag: string | undefined) {}

  resolve(fromSource: string | undefined, stackName: string): { region: string; source: StackModel['regionSource'] } {
    if (fromSource) return { region: fromSource, source: 'assembly' };
    if (this.flag) return { region: this.flag, source: 'flag' };
    this.warnings.push(`Stack ${stackName} has no region (environment-agnostic); priced in ${DEFAULT_REGION}. Pass --region to choose.`);
    return { region: DEFAULT_REGION, source: 'default' };
  }
}
