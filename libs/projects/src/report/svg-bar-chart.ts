/** A horizontal bar chart as a standalone SVG string, drawn on the server (no script in the page). */

export interface Bar {
  label: string;
  /** Null: suppressed, drawn as a hatched stub with the mark. */
  value: number | null;
  /** Drawn as a tick over the bar when given. */
  target?: number | null;
}

export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const ROW = 26;
const LABEL_WIDTH = 300;
const BAR_WIDTH = 340;
const VALUE_WIDTH = 80;

export function barChartSvg(title: string, bars: readonly Bar[], suppressedMark: string): string {
  const max = Math.max(1, ...bars.flatMap((bar) => [bar.value ?? 0, bar.target ?? 0]));
  const scale = (value: number) => (value / max) * BAR_WIDTH;
  const height = 34 + bars.length * ROW + 8;
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const rows = bars.map((bar, index) => {
    const y = 34 + index * ROW;
    const label = `<text x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end" class="label">${escapeXml(bar.label)}</text>`;
    const body =
      bar.value === null
        ? `<rect x="${LABEL_WIDTH}" y="${y + 4}" width="14" height="16" fill="url(#hatch)"/>` +
          `<text x="${LABEL_WIDTH + 20}" y="${y + 16}" class="value">${suppressedMark}</text>`
        : `<rect x="${LABEL_WIDTH}" y="${y + 4}" width="${Math.max(1, scale(bar.value))}" height="16" class="bar"/>` +
          `<text x="${LABEL_WIDTH + scale(Math.max(bar.value, bar.target ?? 0)) + 6}" y="${y + 16}" class="value">${bar.value}${
            bar.target ? ` / ${bar.target}` : ''
          }</text>`;
    const target = bar.target
      ? `<line x1="${LABEL_WIDTH + scale(bar.target)}" x2="${LABEL_WIDTH + scale(bar.target)}" y1="${y + 1}" y2="${y + 23}" class="target"/>`
      : '';
    return label + body + target;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeXml(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    '<defs><pattern id="hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="2" height="4" fill="#9aa5b1"/></pattern></defs>',
    '<style>.label{font:12px sans-serif;fill:#1f2933}.value{font:12px sans-serif;fill:#1f2933}.title{font:bold 14px sans-serif;fill:#102a43}.bar{fill:#2f6f9f}.target{stroke:#c0392b;stroke-width:2}</style>',
    `<text x="0" y="18" class="title">${escapeXml(title)}</text>`,
    ...rows,
    '</svg>',
  ].join('');
}
