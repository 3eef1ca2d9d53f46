import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import { itDate } from './format';
import { companiesLabels } from './labels';
import type { CompanyLaw68 } from './queries';

// Only the pieces a line chart needs: the rest of Chart.js stays out of the bundle.
Chart.register(
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  CategoryScale,
  Tooltip,
  Legend,
);

const t = companiesLabels.coverage;

/** Quota and covered positions after each recorded change (the table beside it says the same). */
export default function CoverageChart({ history }: { history: CompanyLaw68['history'] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const points = [...history].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
    const chart = new Chart(canvas.current!, {
      type: 'line',
      data: {
        labels: points.map((p) => itDate(p.asOf)),
        datasets: [
          {
            label: t.quota,
            data: points.map((p) => p.q3 + p.q18),
            borderColor: '#5c6f82',
            backgroundColor: '#5c6f82',
            stepped: true,
          },
          {
            label: t.coverage,
            data: points.map((p) => p.coverage),
            borderColor: '#0066cc',
            backgroundColor: '#0066cc',
            stepped: true,
          },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    return () => chart.destroy();
  }, [history]);
  return (
    <div style={{ position: 'relative', height: '16rem' }}>
      <canvas ref={canvas} role="img" aria-label={t.chartLabel} />
    </div>
  );
}
