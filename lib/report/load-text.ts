/**
 * How the sweep and comparison renderers (text and html) name a load: the entry loads at 1×, and a
 * multiple of them ("0.1× (uploads 30,000 a month)").
 */
import { Decimal, formatQuantity, formatUsd } from '../money.js';
import type { Comparison } from '../load/sweep/compare.js';

type Flows = { flows: Array<{ name: string; unit: string; perMonth: string }> };

export function loadLine(sweep: Flows): string {
  if (sweep.flows.length === 0) return 'Entry loads at 1×: the usage given on resources (no load flows)';
  const describe = (f: { name: string; unit: string; perMonth: string }) => {
    const units = f.unit.endsWith('s') ? f.unit : `${f.unit}s`;
    const flow = f.name === units || f.name === f.unit ? '' : ` (flow "${f.name}")`;
    return `${formatQuantity(new Decimal(f.perMonth))} ${units} a month${flow}`;
  };
  return `Entry loads at 1×: ${sweep.flows.map(describe).join(', ')}`;
}

/** "0.1×". */
export function loadLabel(scale: string): string {
  return `${formatQuantity(new Decimal(scale))}×`;
}

/** Each crossover as a sentence, or the sentence that there is none in the range swept. */
export function crossoverLines(c: Comparison): string[] {
  if (!c.crossovers.length) {
    const first = c.steps[0]!;
    const range = `${loadLabel(first.scale)} and ${loadLabel(c.steps[c.steps.length - 1]!.scale)}`;
    return [
      `No crossover between ${range}: ` +
        `${first.cheaper === 'same' ? 'they cost the same' : `${first.cheaper.toUpperCase()} is cheaper throughout`}.`,
    ];
  }
  return c.crossovers.map(
    (x) =>
      `Crossover at ${loadAt(c, x.scale)}: both cost ${formatUsd(new Decimal(x.monthly))} a month; ${x.cheaperBelow.toUpperCase()} is ` +
      `cheaper below it, ${x.cheaperAbove.toUpperCase()} above.`,
  );
}

/** "0.1× (uploads 30,000 a month)". */
export function loadAt(c: Flows, scale: string): string {
  const s = new Decimal(scale);
  const flows = c.flows.map((f) => `${f.name} ${formatQuantity(new Decimal(f.perMonth).times(s).toDecimalPlaces(0))}`).join(', ');
  return `${formatQuantity(s)}×${flows ? ` (${flows} a month)` : ''}`;
}
