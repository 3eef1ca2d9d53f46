import type { Factor } from './queries';
import { matchesLabels as t } from './labels';

/** One factor of the score as a labelled bar: a tutor reads the words, the bar is for the eye. */
export function FactorBar({ factor }: { factor: Factor }) {
  const share = factor.max > 0 ? Math.round((factor.points / factor.max) * 100) : 0;
  return (
    <div className="mb-2">
      <div className="d-flex justify-content-between gap-2 small">
        <span className="fw-semibold">{factor.label}</span>
        <span>{t.points(factor.points, factor.max)}</span>
      </div>
      <div
        className="factor-bar"
        role="meter"
        aria-label={factor.label}
        aria-valuemin={0}
        aria-valuemax={factor.max}
        aria-valuenow={factor.points}
        aria-valuetext={`${t.points(factor.points, factor.max)}: ${factor.detail}`}
      >
        <span style={{ width: `${share}%` }} />
      </div>
      <div className="small text-muted">{factor.detail}</div>
    </div>
  );
}
