/**
 * Load balancer capacity units, computed as AWS bills them: each hour, the units used are the
 * largest of the dimensions, each divided by what one unit covers. From monthly averages that is
 * max(dimension ÷ per-unit) × 730 h — exact for steady traffic, a lower bound for bursty traffic
 * (AWS takes the maximum hour by hour). Per-unit sizes are AWS's published definitions.
 */
import { Decimal, HOURS_PER_MONTH } from '../../money.js';
import { fmt } from '../../quantities.js';

export interface UnitDefinition {
  /** New connections (or flows) per second that one unit covers. */
  newPerSecond: number;
  /** Active connections (or flows) per minute that one unit covers. */
  activePerMinute: number;
  /** Processed GB per hour that one unit covers. */
  gbPerHour: number;
  /** Rule evaluations per second that one unit covers (ALB only). */
  rulesPerSecond?: number;
}

/** ALB LCU; NLB NLCU per listener protocol; GWLB GLCU (Elastic Load Balancing pricing page). */
export const LCU: Record<'application' | 'network-tcp' | 'network-udp' | 'network-tls' | 'gateway', UnitDefinition> = {
  application: { newPerSecond: 25, activePerMinute: 3000, gbPerHour: 1, rulesPerSecond: 1000 },
  'network-tcp': { newPerSecond: 800, activePerMinute: 100000, gbPerHour: 1 },
  'network-udp': { newPerSecond: 400, activePerMinute: 50000, gbPerHour: 1 },
  'network-tls': { newPerSecond: 50, activePerMinute: 3000, gbPerHour: 1 },
  gateway: { newPerSecond: 600, activePerMinute: 60000, gbPerHour: 1 },
};

export interface TrafficUsage {
  newConnectionsPerSecond?: Decimal;
  activeConnectionsPerMinute?: Decimal;
  monthlyProcessedGB?: Decimal;
  ruleEvaluationsPerSecond?: Decimal;
}

/** Monthly capacity-unit hours and how they were found, or undefined when no dimension is known. */
export function capacityUnitHours(usage: TrafficUsage, unit: UnitDefinition): { hours: Decimal; formula: string } | undefined {
  const parts: Array<{ units: Decimal; text: string }> = [];
  if (usage.newConnectionsPerSecond)
    parts.push({
      units: usage.newConnectionsPerSecond.div(unit.newPerSecond),
      text: `${fmt(usage.newConnectionsPerSecond)} new/s ÷ ${fmt(unit.newPerSecond)}`,
    });
  if (usage.activeConnectionsPerMinute)
    parts.push({
      units: usage.activeConnectionsPerMinute.div(unit.activePerMinute),
      text: `${fmt(usage.activeConnectionsPerMinute)} active/min ÷ ${fmt(unit.activePerMinute)}`,
    });
  if (usage.monthlyProcessedGB) {
    const perHour = usage.monthlyProcessedGB.div(HOURS_PER_MONTH);
    parts.push({ units: perHour.div(unit.gbPerHour), text: `${fmt(usage.monthlyProcessedGB)} GB ÷ 730 h ÷ ${fmt(unit.gbPerHour)} GB` });
  }
  if (usage.ruleEvaluationsPerSecond && unit.rulesPerSecond) {
    parts.push({
      units: usage.ruleEvaluationsPerSecond.div(unit.rulesPerSecond),
      text: `${fmt(usage.ruleEvaluationsPerSecond)} rule evaluations/s ÷ ${fmt(unit.rulesPerSecond)}`,
    });
  }
  if (parts.length === 0) return undefined;
  const max = Decimal.max(...parts.map((p) => p.units));
  return { hours: max.times(HOURS_PER_MONTH), formula: `max(${parts.map((p) => p.text).join(', ')}) = ${fmt(max)} per hour × 730 h` };
}
