import { lazy, type ReactNode, Suspense, useState } from 'react';
import { problemOf } from '../api/problem';
import { binder, ProblemAlert, SelectField, TextField } from '../shell/fields';
import { LoadError, Loading } from '../shell/layout';
import { Link } from '../shell/router';
import { CompanyScouting } from '../scouting/company-scouting';
import { STATUS_LABELS } from '../vacancies/labels';
import { euro, itDate } from './format';
import { companiesLabels as t } from './labels';
import {
  type CompanyLaw68,
  type ConventionInput,
  useCompany,
  useCompanyLaw68,
  useCompanyVacancies,
  useEndConvention,
  useRecordConvention,
  useRecordDeclaration,
} from './queries';
import { emptyWorkforce, toLaw68Input } from './workforce';
import { WorkforceFields } from './workforce-fields';
import { WorkingSteps } from './working-steps';

const CoverageChart = lazy(() => import('./coverage-chart'));

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

function CoverageOverTime({ history }: { history: CompanyLaw68['history'] }) {
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

function DeclarationsTable({ declarations }: { declarations: CompanyLaw68['declarations'] }) {
  const d = t.declarationsColumns;
  if (declarations.length === 0) return null;
  return (
    <table className="table table-sm">
      <thead>
        <tr>
          <th scope="col">{d.referenceDate}</th>
          <th scope="col">{d.base}</th>
          <th scope="col">{d.quota}</th>
          <th scope="col">{d.coverage}</th>
          <th scope="col">{d.uncovered}</th>
        </tr>
      </thead>
      <tbody>
        {declarations.map((x) => (
          <tr key={x.id}>
            <td>{itDate(x.referenceDate)}</td>
            <td>{x.b3}</td>
            <td>{x.q3 + x.q18}</td>
            <td>{x.coverage}</td>
            <td>{x.uncoveredDisabled + x.uncoveredArt18}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DeclarationForm({ id }: { id: string }) {
  const [form, setForm] = useState(emptyWorkforce);
  const record = useRecordDeclaration(id);
  const problem = problemOf(record.error);
  return (
    <form
      className="card card-body mb-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        record.mutate(toLaw68Input(form));
      }}
    >
      <fieldset>
        <legend className="h5">{t.declaration.legend}</legend>
        <WorkforceFields value={form} onChange={setForm} problem={problem} />
      </fieldset>
      <ProblemAlert problem={problem} />
      {record.isSuccess && (
        <p role="status" className="text-success">
          {t.declaration.saved}
        </p>
      )}
      <div>
        <button type="submit" className="btn btn-primary" disabled={record.isPending}>
          {t.declaration.submit}
        </button>
      </div>
    </form>
  );
}

function ConventionsList({
  id,
  conventions,
}: {
  id: string;
  conventions: CompanyLaw68['conventions'];
}) {
  const c = t.convention;
  const end = useEndConvention(id);
  if (conventions.length === 0) return <p>{c.none}</p>;
  return (
    <>
      <ProblemAlert problem={problemOf(end.error)} />
      <ul className="list-unstyled">
        {conventions.map((x) => (
          <li key={x.id} className="border-bottom py-2">
            <strong>{x.typeLabel}</strong>: {x.positions} ·{' '}
            {c.period(itDate(x.startDate), x.endDate && itDate(x.endDate))}
            {x.cooperativeName && ` · ${x.cooperativeName}`} · {x.active ? c.active : c.ended}
            {x.active && <EndConvention convention={x} onEnd={end.mutate} />}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Ends a convention at a date (the position is computed again from that day). */
function EndConvention({
  convention,
  onEnd,
}: {
  convention: CompanyLaw68['conventions'][number];
  onEnd: (change: { conventionId: string; endDate: string; version: number }) => void;
}) {
  const c = t.convention;
  const [endDate, setEndDate] = useState(new Date().toISOString().slice(0, 10));
  const inputId = `end-${convention.id}`;
  return (
    <span className="d-inline-flex align-items-center gap-2 ms-2">
      <label htmlFor={inputId} className="visually-hidden">
        {c.endDateOf(convention.typeLabel)}
      </label>
      <input
        id={inputId}
        type="date"
        className="form-control form-control-sm"
        value={endDate}
        onChange={(e) => setEndDate(e.target.value)}
      />
      <button
        type="button"
        className="btn btn-outline-secondary btn-sm"
        aria-label={c.endAria(convention.typeLabel)}
        onClick={() => onEnd({ conventionId: convention.id, endDate, version: convention.version })}
      >
        {c.end}
      </button>
    </span>
  );
}

function ConventionForm({ id }: { id: string }) {
  const c = t.convention;
  const [form, setForm] = useState({
    type: 'ART11' as ConventionInput['type'],
    positions: '1',
    startDate: new Date().toISOString().slice(0, 10),
    endDate: '',
    cooperativeName: '',
    reference: '',
  });
  const record = useRecordConvention(id);
  const problem = problemOf(record.error);
  const bind = binder(problem);
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });
  return (
    <form
      className="card card-body"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        record.mutate({
          type: form.type,
          positions: Number(form.positions),
          startDate: form.startDate,
          endDate: form.endDate || null,
          cooperativeName: form.cooperativeName.trim() || null,
          reference: form.reference.trim() || null,
        });
      }}
    >
      <fieldset>
        <legend className="h5">{c.legend}</legend>
        <div className="row">
          <div className="col-md-6">
            <SelectField
              label={c.type}
              options={c.types}
              {...bind('type', form.type, set('type'))}
            />
          </div>
          <div className="col-md-6">
            <TextField
              label={c.positions}
              inputMode="numeric"
              {...bind('positions', form.positions, set('positions'))}
            />
          </div>
          <div className="col-md-6">
            <TextField
              label={c.startDate}
              type="date"
              {...bind('startDate', form.startDate, set('startDate'))}
            />
          </div>
          <div className="col-md-6">
            <TextField
              label={c.endDate}
              type="date"
              {...bind('endDate', form.endDate, set('endDate'))}
            />
          </div>
          <div className="col-md-6">
            <TextField
              label={c.cooperativeName}
              {...bind('cooperativeName', form.cooperativeName, set('cooperativeName'))}
            />
          </div>
          <div className="col-md-6">
            <TextField
              label={c.reference}
              {...bind('reference', form.reference, set('reference'))}
            />
          </div>
        </div>
      </fieldset>
      <ProblemAlert problem={problem} />
      {record.isSuccess && (
        <p role="status" className="text-success">
          {c.saved}
        </p>
      )}
      <div>
        <button type="submit" className="btn btn-primary" disabled={record.isPending}>
          {c.submit}
        </button>
      </div>
    </form>
  );
}
