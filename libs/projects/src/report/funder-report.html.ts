import type { Breakdown } from '../domain/funder-report.calculator.js';
import type { ShownBreakdown, ShownFigure } from '../domain/report-suppression.rules.js';
import type { Dimension } from '../domain/report-dimensions.js';
import {
  reportSubtitle,
  reportTitle,
  SUPPRESSED_MARK,
  suppressionNote,
} from './funder-report.rows.js';
import { barChartSvg, escapeXml } from './svg-bar-chart.js';
import type { FunderReport } from './use-cases/funder-report.use-case.js';

/** The figures whose breakdowns the printed report lists (the workbook has them all). */
const DETAILED: ReadonlySet<ShownFigure['code']> = new Set([
  'PEOPLE_IN_CHARGE',
  'INTERNSHIPS_STARTED',
  'PLACEMENTS_STARTED',
  'PEOPLE_PLACED',
]);

const number = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : value.toLocaleString('it-IT');
const shown = (value: number | null) => (value === null ? SUPPRESSED_MARK : number(value));

function breakdownOf(
  report: FunderReport,
  code: ShownFigure['code'],
  dimension: Dimension,
): ShownBreakdown | undefined {
  return report.figures
    .find((figure) => figure.code === code)
    ?.breakdowns.find((breakdown) => breakdown.dimension === dimension);
}

function chartOf(title: string, breakdown: ShownBreakdown | undefined): string {
  // A chart of suppressed bars only would say nothing.
  if (!breakdown || breakdown.cells.every((cell) => cell.count === null)) return '';
  return `<figure>${barChartSvg(
    title,
    breakdown.cells.map((cell) => ({ label: cell.label, value: cell.count })),
    SUPPRESSED_MARK,
  )}</figure>`;
}

function breakdownTable(figure: ShownFigure, breakdown: Pick<Breakdown, 'label'> & ShownBreakdown) {
  const rows = breakdown.cells
    .map(
      (cell) => `<tr><td>${escapeXml(cell.label)}</td><td class="n">${shown(cell.count)}</td></tr>`,
    )
    .join('');
  return `<table class="breakdown"><caption>${escapeXml(figure.label)} – ${escapeXml(breakdown.label)}</caption><tbody>${rows}</tbody></table>`;
}

/**
 * The printable report: an HTML page made for A4 printing (or for the headless browser's PDF and
 * PNG), with its charts drawn on the server as SVG. Italian labels, suppressed values marked.
 */
export function funderReportHtml(report: FunderReport): string {
  const figureRows = report.figures
    .map(
      (figure) =>
        `<tr><td>${escapeXml(figure.label)}</td><td class="n">${shown(figure.value)}</td>` +
        `<td class="n">${number(figure.target)}</td><td class="n">${
          figure.progress === null ? '' : `${number(figure.progress)}%`
        }</td></tr>`,
    )
    .join('');
  const targets = report.figures.filter((figure) => figure.target !== null);
  const charts = [
    targets.length > 0
      ? `<figure>${barChartSvg(
          'Risultati rispetto agli obiettivi',
          targets.map((figure) => ({
            label: figure.label,
            value: figure.value,
            target: figure.target,
          })),
          SUPPRESSED_MARK,
        )}</figure>`
      : '',
    chartOf('Persone prese in carico per sesso', breakdownOf(report, 'PEOPLE_IN_CHARGE', 'SEX')),
    chartOf(
      'Persone prese in carico per fascia d’età',
      breakdownOf(report, 'PEOPLE_IN_CHARGE', 'AGE_BAND'),
    ),
    chartOf(
      'Inserimenti lavorativi per tipo di contratto',
      breakdownOf(report, 'PLACEMENTS_STARTED', 'CONTRACT'),
    ),
    chartOf(
      'Inserimenti lavorativi per settore',
      breakdownOf(report, 'PLACEMENTS_STARTED', 'SECTOR'),
    ),
    chartOf('Tirocini per tipo', breakdownOf(report, 'INTERNSHIPS_STARTED', 'CONTRACT')),
  ].join('');
  const tables = report.figures
    .filter((figure) => DETAILED.has(figure.code) && figure.value !== null && figure.value > 0)
    .flatMap((figure) => figure.breakdowns.map((breakdown) => breakdownTable(figure, breakdown)))
    .join('');
  const women = report.figures.find((figure) => figure.code === 'WOMEN_IN_CHARGE');
  return `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><title>${escapeXml(reportTitle(report))}</title>
<style>
  @page { size: A4; margin: 16mm; }
  body { font-family: sans-serif; color: #1f2933; margin: 24px; }
  h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 24px 0 8px; }
  .subtitle { color: #52606d; margin: 0 0 16px; }
  table { border-collapse: collapse; margin: 0 0 12px; page-break-inside: avoid; }
  th, td { border-bottom: 1px solid #d9e2ec; padding: 4px 8px; text-align: left; font-size: 13px; }
  td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
  caption { text-align: left; font-weight: bold; font-size: 13px; padding: 4px 0; }
  figure { margin: 8px 0 16px; page-break-inside: avoid; }
  .breakdowns { columns: 2; column-gap: 24px; }
  .breakdowns table { break-inside: avoid; width: 100%; }
  .note { font-style: italic; color: #52606d; font-size: 12px; }
</style></head>
<body>
<h1>${escapeXml(reportTitle(report))}</h1>
<p class="subtitle">${escapeXml(reportSubtitle(report))}${
    report.scope.territory ? ` – ${escapeXml(report.scope.territory)}` : ''
  }</p>
${
  women?.share !== undefined && women.share !== null
    ? `<p>Donne: ${number(women.share)}% delle persone prese in carico.</p>`
    : ''
}
<h2>Indicatori</h2>
<table><thead><tr><th>Indicatore</th><th class="n">Valore</th><th class="n">Obiettivo</th><th class="n">% dell’obiettivo</th></tr></thead>
<tbody>${figureRows}</tbody></table>
<p class="note">${escapeXml(suppressionNote(report))}</p>
<h2>Grafici</h2>
${charts}
<h2>Dettaglio</h2>
<div class="breakdowns">${tables}</div>
</body></html>`;
}
