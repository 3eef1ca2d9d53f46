import { lazy, Suspense } from 'react';
import { Loading } from '../shell/layout';
import { itDate } from './format';
import { companiesLabels as t } from './labels';
import type { CompanyLaw68 } from './queries';

const CoverageChart = lazy(() => import('./coverage-chart'));

/** Quota and covered positions after each recorded change: a chart, and a table saying the same. */
export function CoverageOverTime({ history }: { history: CompanyLaw68['history'] }) {
  const c = t.coverage;
  if (history.length === 0) return <p>{c.none}</p>;
  const rows = [...history].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  return (
    <div className="row">
      <div className="col-lg-6">
        <Suspense fallback={<Loading />}>
          <CoverageChart history={history} />
        </Suspense>
      </div>
      <div className="col-lg-6 table-responsive">
        <table className="table table-sm">
          <caption className="caption-top">{c.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{c.date}</th>
              <th scope="col">{c.reason}</th>
              <th scope="col">{c.quota}</th>
              <th scope="col">{c.coverage}</th>
              <th scope="col">{c.uncovered}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((h) => (
              <tr key={`${h.version}-${h.recordedAt}`}>
                <td>{itDate(h.asOf)}</td>
                <td>{h.reasonLabel}</td>
                <td>{h.q3 + h.q18}</td>
                <td>{h.coverage}</td>
                <td>{h.uncoveredDisabled + h.uncoveredArt18}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
