/**
 * How the sweep and comparison renderers (text and html) name a load: the entry loads at 1×, and a
 * multiple of them ("0.1× (uploads 30,000 a month)").
 */
import { Decimal, formatQuantity } from '../money.js';

type Flows = { flows: Array<{ name: string; unit: string; perMonth: string }> };

export function loadLine(sweep: Flows): string {
  if (sweep.flows.length === 0) return 'Entry loads at 1×: the usage given on resources (no load flows)';
  const describe = (f: { name: string; unit: string; perMonth: string }) => {
    const units = f.unit.endsWith('s') ? f.unit : `${f.unit}s`;
    return `${formatQuantity(new Decimal(f.perMonth))} ${units} a month${f.name === units || f.name === f.unit ? '' : ` (flow "${f.name}")`}`;
  };
  return `Entry loads at 1×: ${sweep.flows.map(describe).join(', ')}`;
}

/** "0.1× (uploads 30,000 a month)". */
export function loadAt(c: Flows, scale: string): string {
  const s = new Decimal(scale);
  const flows = c.flows.map((f) => `${f.name} ${formatQuantity(new Decimal(f.perMonth).times(s).toDecimalPlaces(0))}`).join(', ');
  return `${formatQuantity(s)}×${flows ? ` (${flows} a month)` : ''}`;
}
