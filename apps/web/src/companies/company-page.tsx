import type { ReactNode } from 'react';
import { CompanyScouting } from '../scouting/company-scouting';
import { LoadError, Loading } from '../shell/layout';
import { Link } from '../shell/router';
import { STATUS_LABELS } from '../vacancies/labels';
import { ConventionForm, ConventionsList } from './conventions';
import { CoverageOverTime } from './coverage-over-time';
import { DeclarationForm, DeclarationsTable } from './declarations';
import { euro, itDate } from './format';
import { companiesLabels as t } from './labels';
import { type CompanyLaw68, useCompany, useCompanyLaw68, useCompanyVacancies } from './queries';
import { WorkingSteps } from './working-steps';

/** One company for a consultant: sites, Law 68 position with its working, declarations, conventions. */
export function CompanyPage({ id }: { id: string }) {
  const company = useCompany(id);
  const law68 = useCompanyLaw68(id);
  const vacancies = useCompanyVacancies(id);
  if (company.isPending) return <Loading />;
  if (company.error) return <LoadError error={company.error} retry={company.refetch} />;
  const c = company.data;
  return (
    <>
      <h1>{c.name}</h1>
      <p>
        {t.vat} {c.vatNumber}
        {c.headcount !== null && ` · ${t.headcount}: ${c.headcount}`}
        {c.kmZero && ` · ${t.kmZero}`}
      </p>
      <Section title={t.sections.sites}>
        <ul>
          {c.sites.map((site) => (
            <li key={site.id}>
              {site.name} – {site.address}, {site.municipalityName}
              {site.legalSeat && ` (${t.legalSeat})`}
            </li>
          ))}
        </ul>
      </Section>
      {law68.isPending && <Loading />}
      {law68.error && <LoadError error={law68.error} retry={law68.refetch} />}
      {law68.data && <Law68Sections id={id} law68={law68.data} />}
      <CompanyScouting companyId={id} />
      <Section title={t.sections.vacancies}>
        <p>
          <Link href={`/offerte/nuova?azienda=${id}`} className="btn btn-outline-primary btn-sm">
            {t.newVacancy}
          </Link>
        </p>
        {vacancies.data?.items.length === 0 && <p>{t.noVacancies}</p>}
        <ul>
          {vacancies.data?.items.map((v) => (
            <li key={v.id}>
              <Link href={`/offerte/${v.id}`}>{v.title}</Link> · {v.contractLabel} ·{' '}
              {STATUS_LABELS[v.status] ?? v.status}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mb-4" aria-label={title}>
      <h2 className="h4">{title}</h2>
      {children}
    </section>
  );
}

function Law68Sections({ id, law68 }: { id: string; law68: CompanyLaw68 }) {
  const p = law68.position;
  const f = t.figures;
  return (
    <>
      <Section title={t.sections.position}>
        {!p && <p>{t.noPosition}</p>}
        {p && (
          <dl className="row law68-figures">
            <Figure label={f.band} value={t.bands[p.band]} />
            <Figure label={f.base} value={p.b3} />
            <Figure label={f.quotaDisabled} value={p.q3} />
            <Figure label={f.quotaArt18} value={p.q18} />
            <Figure label={f.coverage} value={p.coverage} />
            <Figure label={f.uncoveredDisabled} value={p.uncoveredDisabled} />
            <Figure label={f.uncoveredArt18} value={p.uncoveredArt18} />
            <Figure
              label={f.sanction}
              value={`${euro(law68.sanction.accruedCents)}${
                law68.sanction.since ? ` ${f.sanctionSince(itDate(law68.sanction.since))}` : ''
              }`}
            />
          </dl>
        )}
        <p>
          <strong>{f.prospetto}:</strong>{' '}
          {t.prospettoDue(itDate(law68.prospetto.dueDate), law68.prospetto.daysLeft)}
        </p>
        {p && <WorkingSteps steps={p.working} caption={t.sections.working} />}
        {law68.sanction.working.length > 0 && (
          <WorkingSteps steps={law68.sanction.working} caption={f.sanction} />
        )}
        {p && p.provinces.length > 1 && <ProvinceTable position={p} />}
      </Section>
      <Section title={t.sections.coverage}>
        <CoverageOverTime history={law68.history} />
      </Section>
      <Section title={t.sections.declarations}>
        <DeclarationForm id={id} />
        <DeclarationsTable declarations={law68.declarations} />
      </Section>
      <Section title={t.sections.conventions}>
        <ConventionsList id={id} conventions={law68.conventions} />
        <ConventionForm id={id} />
      </Section>
    </>
  );
}

function Figure({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="col-6 col-md-3 mb-2">
      <dt className="small text-muted">{label}</dt>
      <dd className="h5 mb-0">{value}</dd>
    </div>
  );
}

function ProvinceTable({ position }: { position: NonNullable<CompanyLaw68['position']> }) {
  const f = t.figures;
  return (
    <table className="table table-sm">
      <caption className="caption-top h5 text-body">{t.sections.provinces}</caption>
      <thead>
        <tr>
          <th scope="col">{t.province}</th>
          <th scope="col">{f.base}</th>
          <th scope="col">{f.quotaDisabled}</th>
          <th scope="col">{f.coverage}</th>
          <th scope="col">{f.uncoveredDisabled}</th>
          <th scope="col">{f.uncoveredArt18}</th>
        </tr>
      </thead>
      <tbody>
        {position.provinces.map((p) => (
          <tr key={p.province}>
            <th scope="row">{p.province}</th>
            <td>{p.b3}</td>
            <td>{p.q3}</td>
            <td>{p.coverage}</td>
            <td>{p.uncoveredDisabled}</td>
            <td>{p.uncoveredArt18}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
