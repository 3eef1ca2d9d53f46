import { useState } from 'react';
import { LoadError, Loading } from '../shell/layout';
import { Link } from '../shell/router';
import { euro, itDate } from './format';
import { companiesLabels as t } from './labels';
import { type TerritoryCompany, useCompanies, useTerritory } from './queries';

/** The organisation's companies with their Law 68 state at a glance, those below quota first. */
export function CompaniesPage() {
  const [q, setQ] = useState('');
  const companies = useCompanies(q);
  const territory = useTerritory();
  const below = new Map<string, TerritoryCompany>(
    territory.data?.companies.items.map((c) => [c.companyId, c]) ?? [],
  );
  const prospetto = territory.data?.prospetto;
  const rows = [...(companies.data?.items ?? [])].sort(
    (a, b) => Number(below.has(b.id)) - Number(below.has(a.id)),
  );

  return (
    <>
      <h1>{t.listTitle}</h1>
      <p className="lead">{t.listIntro}</p>
      {prospetto && (
        <p className="alert alert-info">
          <strong>{t.nextDeadline}:</strong>{' '}
          {t.prospettoDue(itDate(prospetto.dueDate), prospetto.daysLeft)}
        </p>
      )}
      <div className="mb-3" style={{ maxWidth: '28rem' }}>
        <label htmlFor="companies-q" className="form-label fw-semibold">
          {t.search}
        </label>
        <input
          id="companies-q"
          type="search"
          className="form-control"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
      </div>
      {(companies.isPending || territory.isPending) && <Loading />}
      {companies.error && <LoadError error={companies.error} retry={companies.refetch} />}
      {territory.error && <LoadError error={territory.error} retry={territory.refetch} />}
      {companies.data?.items.length === 0 && <p>{t.none}</p>}
      {rows.length > 0 && (
        <div className="table-responsive" tabIndex={0}>
          <table className="table caseload-table">
            <thead>
              <tr>
                <th scope="col">{t.columns.name}</th>
                <th scope="col">{t.columns.place}</th>
                <th scope="col">{t.columns.state}</th>
                <th scope="col" className="text-end">
                  {t.columns.uncoveredDisabled}
                </th>
                <th scope="col" className="text-end">
                  {t.columns.uncoveredArt18}
                </th>
                <th scope="col" className="text-end">
                  {t.columns.sanction}
                </th>
                <th scope="col">{t.columns.deadline}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((company) => {
                const l68 = below.get(company.id);
                const seat = company.sites.find((s) => s.legalSeat) ?? company.sites[0];
                return (
                  <tr key={company.id}>
                    <th scope="row">
                      <Link href={`/aziende/${company.id}`}>{company.name}</Link>
                    </th>
                    <td>{seat?.municipalityName ?? '–'}</td>
                    <td>
                      {l68 ? (
                        <span className="badge bg-danger">{t.state.below}</span>
                      ) : (
                        <span className="text-muted">{t.state.ok}</span>
                      )}
                    </td>
                    <td className="text-end">{l68?.uncoveredDisabled ?? '–'}</td>
                    <td className="text-end">{l68?.uncoveredArt18 ?? '–'}</td>
                    <td className="text-end">
                      {l68 ? euro(l68.accruedSanctionCents) : '–'}
                      {l68?.sanctionSince && (
                        <span className="d-block small">
                          {t.figures.sanctionSince(itDate(l68.sanctionSince))}
                        </span>
                      )}
                    </td>
                    <td>
                      {l68 && prospetto && !l68.prospettoDeclared
                        ? t.prospettoDue(itDate(prospetto.dueDate), prospetto.daysLeft)
                        : '–'}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
