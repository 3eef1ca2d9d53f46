import { useState } from 'react';
import { FilterBar, FilterCheck, FilterInput, FilterSelect } from '../shell/filters';
import { LoadError, Loading } from '../shell/layout';
import { reportsLabels as t } from './labels';
import { openExport, type ReportQuery, useFunderReport, useProjects } from './queries';

const number = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : value.toLocaleString('it-IT');

/** The funder report of a project or of the organisation: figures against targets, and the files. */
export function ReportsPage() {
  const projects = useProjects();
  const [projectId, setProjectId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [external, setExternal] = useState(false);
  const scope: Omit<ReportQuery, 'audience'> = {
    ...(projectId ? { projectId } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
  const ready = Boolean(projectId) || (Boolean(from) && Boolean(to));
  const report = useFunderReport({ ...scope, audience: external ? 'EXTERNAL' : 'INTERNAL' }, ready);
  const women = report.data?.figures.find((figure) => figure.code === 'WOMEN_IN_CHARGE');

  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <FilterBar role="search">
        <FilterSelect
          id="report-project"
          className="col-12 col-md-4"
          label={t.project}
          anyLabel={t.wholeOrganisation}
          value={projectId}
          onChange={(e) => setProjectId(e.target.value)}
          options={(projects.data?.items ?? []).map(
            (project) => [project.id, `${project.name} – ${project.funder}`] as const,
          )}
        />
        <FilterInput
          id="report-from"
          className="col-6 col-md-2"
          label={t.from}
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
        <FilterInput
          id="report-to"
          className="col-6 col-md-2"
          label={t.to}
          type="date"
          value={to}
          onChange={(e) => setTo(e.target.value)}
        />
        <div className="col-12 col-md-4">
          <FilterCheck
            id="report-external"
            label={t.external}
            checked={external}
            onChange={setExternal}
          />
        </div>
      </FilterBar>
      {!ready ? (
        <p>{t.choosePeriod}</p>
      ) : report.isPending ? (
        <Loading />
      ) : report.isError ? (
        <LoadError error={report.error} />
      ) : (
        <>
          <div className="d-flex flex-wrap gap-2 my-3" aria-label={t.download}>
            <button className="btn btn-primary" onClick={() => void openExport(scope, 'xlsx')}>
              {t.xlsx}
            </button>
            <button
              className="btn btn-outline-primary"
              onClick={() => void openExport(scope, 'csv')}
            >
              {t.csv}
            </button>
            <button
              className="btn btn-outline-primary"
              onClick={() => void openExport(scope, 'html')}
            >
              {t.print}
            </button>
          </div>
          {women?.share != null && <p>{t.women(women.share)}</p>}
          <table className="table">
            <caption>
              {report.data.scope.name}: {report.data.period.from} – {report.data.period.to}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.figure}</th>
                <th scope="col" className="text-end">
                  {t.value}
                </th>
                <th scope="col" className="text-end">
                  {t.target}
                </th>
                <th scope="col" className="text-end">
                  {t.progress}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.data.figures.map((figure) => (
                <tr key={figure.code}>
                  <th scope="row">{figure.label}</th>
                  <td className="text-end">
                    {figure.value === null ? (
                      <abbr title={report.data.suppressedLabel}>{t.suppressed}</abbr>
                    ) : (
                      number(figure.value)
                    )}
                  </td>
                  <td className="text-end">{number(figure.target)}</td>
                  <td className="text-end">
                    {figure.progress === null ? '' : `${number(figure.progress)}%`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
