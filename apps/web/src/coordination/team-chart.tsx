import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface TeamRow {
  name: string;
  people: number;
  stalled: number;
}

/** Bars per tutor, drawn by Chart.js; the table next to it says the same for screen readers. */
export function TeamChart({
  rows,
  label,
  series,
}: {
  rows: TeamRow[];
  label: string;
  series: { people: string; stalled: string };
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: rows.map((r) => r.name),
        datasets: [
          { label: series.people, data: rows.map((r) => r.people), backgroundColor: '#0066cc' },
          { label: series.stalled, data: rows.map((r) => r.stalled), backgroundColor: '#a61919' },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    return () => chart.destroy();
  }, [rows, series.people, series.stalled]);
  return (
    <div style={{ position: 'relative', height: '16rem' }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
