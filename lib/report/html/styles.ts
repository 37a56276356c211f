/**
 * The report's stylesheet, inlined into the page: system fonts only (no web fonts to fetch), text
 * colours with at least 4.5:1 contrast on white, and a print stylesheet that drops the interactive
 * parts and shows every table row.
 */
import { INK, MUTED } from './palette.js';

export const STYLES = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1200px; padding: 1.5rem; \
font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: ${INK}; background: #fff; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #ccc; padding-bottom: .25rem; }
h3 { font-size: 1rem; margin: .25rem 0; overflow-wrap: anywhere; }
.muted { color: ${MUTED}; }
.total { font-size: 2rem; font-weight: 700; margin: .25rem 0; }
.figures { display: flex; flex-wrap: wrap; gap: .5rem 2rem; margin: .5rem 0; padding: 0; list-style: none; }
.figures li strong { display: block; font-size: 1.15rem; }
.assumptions { margin: .5rem 0; padding-left: 1.2rem; color: ${MUTED}; }
.increase { color: #9b1c31; }
.decrease { color: #2d6a2e; }
.layout { display: grid; grid-template-columns: minmax(0, 2fr) minmax(280px, 1fr); gap: 1rem; align-items: start; }
@media (max-width: 800px) { .layout { grid-template-columns: 1fr; } }
svg.chart { width: 100%; height: auto; display: block; font: 12px system-ui, sans-serif; }
svg.chart text { fill: ${INK}; }
svg.chart .axis line, svg.chart .axis path { stroke: #767676; }
svg.chart .grid line { stroke: #e3e3e3; }
.cell rect { stroke: #fff; stroke-width: 1; }
.cell { cursor: pointer; }
svg.chart .cell text { fill: #fff; pointer-events: none; font-size: 13px; }
svg.chart .cell text.stack-name { font-weight: 700; }
.cell:focus { outline: none; }
.cell:focus rect, .cell:hover rect, .cell[aria-pressed="true"] rect { stroke: ${INK}; stroke-width: 3; }
svg.log .lin, svg:not(.log) .logv { display: none; }
svg.chart .crossover text { paint-order: stroke; stroke: #fff; stroke-width: 4px; stroke-linejoin: round; }
#details { border: 1px solid #bbb; border-radius: 4px; padding: .75rem; min-height: 8rem; font-size: .9rem; }
#details table { font-size: .85rem; }
#details th, #details td { padding: .2rem .3rem; }
#details .sub { display: block; color: ${MUTED}; font-size: .8rem; }
th[scope="row"] { background: none; position: static; font-weight: 400; }
.legend { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; padding: 0; margin: .5rem 0; font-size: .9rem; }
.swatch { display: inline-block; width: .9em; height: .9em; margin-right: .35em; vertical-align: -.1em; border: 1px solid ${INK}; }
.controls { margin: .5rem 0; }
.scroll { max-height: 36rem; overflow: auto; border: 1px solid #ddd; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { padding: .3rem .5rem; border-bottom: 1px solid #e3e3e3; text-align: left; vertical-align: top; }
td { overflow-wrap: break-word; }
th { background: #f3f3f3; position: sticky; top: 0; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
th.num { white-space: normal; }
th button { all: unset; cursor: pointer; font-weight: 700; }
th button:focus-visible { outline: 2px solid ${INK}; outline-offset: 2px; }
th button::after { content: " \\2195"; color: ${MUTED}; }
th[aria-sort="ascending"] button::after { content: " \\2191"; color: ${INK}; }
th[aria-sort="descending"] button::after { content: " \\2193"; color: ${INK}; }
.exceeded { font-weight: 700; color: #9b1c31; }
details { margin: .5rem 0; }
summary { cursor: pointer; }
:focus-visible { outline: 2px solid ${INK}; outline-offset: 2px; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  .controls, #details, .no-print, th button::after { display: none !important; }
  .layout { display: block; }
  .scroll { max-height: none; overflow: visible; border: 0; }
  th { position: static; }
  tr, .cell { break-inside: avoid; }
  h2 { break-after: avoid; }
}
`;
