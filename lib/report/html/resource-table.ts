/**
 * The estimate's resources as a sortable table (every resource, most expensive first), and the
 * per-cell data the components panel shows — both formatted here, so the browser only displays.
 */
import { Decimal, formatQuantity, formatUnitPrice, formatUsd } from '../../money.js';
import type { Estimate, ResourceCost } from '../../estimate/estimate-types.js';
import { sortableTable } from './sortable-table.js';
import { statusLabel } from '../view.js';

const usd = (v: string) => formatUsd(new Decimal(v));

export function resourceTable(estimate: Estimate): string {
  const rows = [...estimate.resources].sort((a, b) => new Decimal(b.monthly).comparedTo(a.monthly) || (a.path < b.path ? -1 : 1));
  return sortableTable<ResourceCost>({
    id: 'resources',
    caption: `${rows.length} resources (sort by any column)`,
    scroll: true,
    widths: ['33%', '19%', '11%', '10%', '9%', '9%', '9%'],
    sortedBy: { column: 6, direction: 'descending' },
    rows,
    columns: [
      { label: 'Resource', className: 'path', cell: (r) => ({ text: r.path }) },
      { label: 'Type', cell: (r) => ({ text: r.type }) },
      { label: 'Service', cell: (r) => ({ text: r.service ?? '' }) },
      { label: 'Status', cell: (r) => ({ text: statusLabel(r) }) },
      { label: 'Fixed', numeric: true, cell: (r) => ({ text: usd(r.fixed), value: r.fixed }) },
      { label: 'Usage-based', numeric: true, cell: (r) => ({ text: usd(r.usageBased), value: r.usageBased }) },
      { label: 'Monthly', numeric: true, cell: (r) => ({ text: usd(r.monthly), value: r.monthly }) },
    ],
  });
}

/** What the components panel shows for one resource: short keys keep a 2,000-resource page small. */
export interface CellData {
  /** path, type, service, status */
  p: string;
  t: string;
  s: string;
  st: string;
  /** monthly, fixed, usage-based (formatted) */
  m: string;
  f: string;
  u: string;
  /** components: name, quantity with unit, unit price, monthly */
  c: Array<[string, string, string, string]>;
  n: string[];
}

export function cellData(r: ResourceCost): CellData {
  return {
    p: r.path,
    t: r.type,
    s: r.service ?? '',
    st: statusLabel(r),
    m: usd(r.monthly),
    f: usd(r.fixed),
    u: usd(r.usageBased),
    c: r.components.map((c) => [
      c.name,
      c.quantity === null ? 'usage missing' : `${formatQuantity(new Decimal(c.quantity))} ${c.unit}`,
      c.status === 'no-price' ? 'no price' : c.unitPrice !== null ? formatUnitPrice(new Decimal(c.unitPrice)) : 'tiered',
      c.status === 'priced' ? usd(c.monthly) : '–',
    ]),
    n: r.notes,
  };
}
