import { useDeferredValue, useState } from 'react';
import { mayUse, useSession } from '../auth/session';
import { CONTRACT_TYPES } from '../person/labels';
import { searchMunicipalities } from '../person/queries';
import { Combobox, type Option } from '../shell/combobox';
import { LoadError } from '../shell/layout';
import { Link } from '../shell/router';
import { searchLabels as t } from './labels';
import { type CompanyDoc, type CourseDoc, useSearch, type VacancyDoc } from './queries';

type Kind = 'vacancies' | 'companies' | 'courses';
const FACETS: Record<Kind, string> = {
  vacancies: 'contractType,kmZero',
  companies: 'l68Status,kmZero',
  courses: 'kind',
};
const contractLabel = (code: string) => CONTRACT_TYPES.find(([c]) => c === code)?.[1] ?? code;

export function SearchPage() {
  const { user } = useSession();
  const [kind, setKind] = useState<Kind>('vacancies');
  const [text, setText] = useState('');
  const q = useDeferredValue(text.trim());
  const [near, setNear] = useState<Option | null>(null);
  const [radius, setRadius] = useState('10');
  const [contractType, setContractType] = useState('');
  const [kmZero, setKmZero] = useState(false);
  const query: Record<string, unknown> = {
    pageSize: 20,
    facets: FACETS[kind],
    ...(q ? { q } : {}),
    ...(near
      ? { near: near.value, radiusKm: Number(radius) || 10, sort: q ? 'relevance' : 'distance' }
      : {}),
    ...(kind === 'vacancies' && contractType ? { contractType } : {}),
    ...(kind !== 'courses' && kmZero ? { kmZero: true } : {}),
  };
  const results = useSearch<VacancyDoc & CompanyDoc & CourseDoc>(kind, query);
  const facets = results.data?.facets ?? {};

  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <div role="group" aria-label={t.title} className="d-flex flex-wrap gap-2 mb-3">
        {(Object.keys(t.kinds) as Kind[]).map((k) => (
          <button
            key={k}
            type="button"
            aria-pressed={k === kind}
            className={`btn ${k === kind ? 'btn-primary' : 'btn-outline-primary'}`}
            onClick={() => setKind(k)}
          >
            {t.kinds[k]}
          </button>
        ))}
      </div>
      <form
        className="row g-3 align-items-start"
        role="search"
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="col-12 col-md-6">
          <label htmlFor="search-text" className="fw-semibold">
            {t.text}
          </label>
          <input
            id="search-text"
            type="search"
            className="form-control"
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-describedby="search-text-hint"
          />
          <small id="search-text-hint" className="form-text">
            {t.textHint}
          </small>
        </div>
        <div className="col-8 col-md-4">
          <Combobox
            label={t.near}
            queryKey="municipality-suggest"
            search={searchMunicipalities}
            selectedLabel={near?.label}
            onSelect={setNear}
          />
          {near && (
            <button type="button" className="btn btn-link btn-sm p-0" onClick={() => setNear(null)}>
              {t.clearNear}
            </button>
          )}
        </div>
        <div className="col-4 col-md-2">
          <label htmlFor="search-radius" className="fw-semibold">
            {t.radius}
          </label>
          <input
            id="search-radius"
            type="number"
            min={1}
            max={300}
            className="form-control"
            value={radius}
            onChange={(e) => setRadius(e.target.value)}
          />
        </div>
      </form>
      <div className="row">
        <aside className="col-12 col-md-3" aria-label={t.facets}>
          <h2 className="h5">{t.facets}</h2>
          {kind === 'vacancies' && (
            <div className="select-wrapper mb-3">
              <label htmlFor="search-contract" className="fw-semibold">
                {t.contractType}
              </label>
              <select
                id="search-contract"
                value={contractType}
                onChange={(e) => setContractType(e.target.value)}
              >
                <option value="">{t.anyValue}</option>
                {Object.entries(facets.contractType ?? {}).map(([code, n]) => (
                  <option key={code} value={code}>
                    {contractLabel(code)} ({n})
                  </option>
                ))}
              </select>
            </div>
          )}
          {kind !== 'courses' && (
            <div className="form-check">
              <input
                id="search-kmzero"
                type="checkbox"
                checked={kmZero}
                onChange={(e) => setKmZero(e.target.checked)}
              />
              <label htmlFor="search-kmzero">
                {t.onlyKmZero} {facets.kmZero?.true !== undefined && `(${facets.kmZero.true})`}
              </label>
            </div>
          )}
          {kind === 'companies' && (
            <ul className="list-unstyled small">
              {Object.entries(facets.l68Status ?? {}).map(([code, n]) => (
                <li key={code}>
                  {t.l68Status[code] ?? code}: {n}
                </li>
              ))}
            </ul>
          )}
          {kind === 'courses' && (
            <ul className="list-unstyled small">
              {Object.entries(facets.kind ?? {}).map(([code, n]) => (
                <li key={code}>
                  {t.courseKinds[code] ?? code}: {n}
                </li>
              ))}
            </ul>
          )}
        </aside>
        <section className="col-12 col-md-9" aria-label={t.kinds[kind]}>
          {results.error && <LoadError error={results.error} />}
          {results.data && (
            <p aria-live="polite" className="fw-semibold">
              {results.data.total === 0 ? t.none : t.results(results.data.total)}
            </p>
          )}
          <ul className="list-unstyled">
            {results.data?.hits.map(({ document: d, distanceKm }) => (
              <li key={d.id} className="border-bottom py-2">
                {kind === 'vacancies' && (
                  <>
                    <strong>{d.title}</strong> – {d.companyName}, {d.municipalityName}
                    <div className="small">
                      {d.contractLabel} · {t.italian}: {d.minItalianLevel.replace('_', '-')}
                      {distanceKm !== undefined && ` · ${t.distance(distanceKm)}`}
                      {d.kmZero && <span className="badge bg-success ms-2">{t.kmZero}</span>}
                      {d.reservedL68 && <span className="badge bg-dark ms-2">{t.l68}</span>}
                      {mayUse(user, 'matches') && (
                        <Link href={`/offerte/${d.id}/candidati`} className="ms-3">
                          {t.candidates}
                        </Link>
                      )}
                    </div>
                  </>
                )}
                {kind === 'companies' && (
                  <>
                    <strong>{d.name}</strong>
                    {d.municipalityName && `, ${d.municipalityName}`}
                    <div className="small">
                      {d.atecoLabel} · {t.l68Status[d.l68Status] ?? d.l68Status}
                      {distanceKm !== undefined && ` · ${t.distance(distanceKm)}`}
                    </div>
                  </>
                )}
                {kind === 'courses' && (
                  <>
                    <strong>{d.title}</strong>
                    {d.provider && ` – ${d.provider}`}
                    <div className="small">
                      {t.courseKinds[d.kind] ?? d.kind}
                      {d.municipalityName && ` · ${d.municipalityName}`}
                      {d.startsOn &&
                        ` · ${t.startsOn} ${new Date(d.startsOn).toLocaleDateString('it-IT')}`}
                    </div>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
