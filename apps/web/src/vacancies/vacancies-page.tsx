import { itDate } from '../companies/format';
import { LoadError, Loading } from '../shell/layout';
import { Link } from '../shell/router';
import { STATUS_LABELS, vacanciesLabels as t } from './labels';
import { useVacancies } from './queries';

/** The organisation's vacancies, each with its page and its ranked candidates. */
export function VacanciesPage() {
  const vacancies = useVacancies();
  const c = t.columns;
  return (
    <>
      <div className="d-flex flex-wrap justify-content-between align-items-center gap-2 mb-3">
        <h1 className="mb-0">{t.listTitle}</h1>
        <Link href="/offerte/nuova" className="btn btn-primary">
          {t.newVacancy}
        </Link>
      </div>
      {vacancies.isPending && <Loading />}
      {vacancies.error && <LoadError error={vacancies.error} retry={vacancies.refetch} />}
      {vacancies.data?.items.length === 0 && <p>{t.none}</p>}
      {vacancies.data && vacancies.data.items.length > 0 && (
        <div className="table-responsive" tabIndex={0}>
          <table className="table caseload-table">
            <thead>
              <tr>
                <th scope="col">{c.title}</th>
                <th scope="col">{c.company}</th>
                <th scope="col">{c.contract}</th>
                <th scope="col">{c.status}</th>
                <th scope="col">{c.expires}</th>
                <th scope="col">{c.candidates}</th>
              </tr>
            </thead>
            <tbody>
              {vacancies.data.items.map((v) => (
                <tr key={v.id}>
                  <th scope="row">
                    <Link href={`/offerte/${v.id}`}>{v.title}</Link>
                  </th>
                  <td>{v.companyName}</td>
                  <td>
                    {v.contractLabel} ({v.contractType})
                  </td>
                  <td>{STATUS_LABELS[v.status] ?? v.status}</td>
                  <td>{itDate(v.expiresAt)}</td>
                  <td>
                    <Link
                      href={`/offerte/${v.id}/candidati`}
                      aria-label={t.candidatesLink(v.title)}
                    >
                      {t.columns.candidates}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
