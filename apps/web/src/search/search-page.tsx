import { useDeferredValue, useState } from 'react';
import { mayUse, useSession } from '../auth/session';
import { CONTRACT_TYPES } from '../person/labels';
import { searchMunicipalities } from '../person/queries';
import { Combobox, type Option } from '../shell/combobox';
import { FilterBar, FilterCheck, FilterInput, FilterSelect } from '../shell/filters';
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
      <FilterBar className="row g-3 align-items-start" role="search">
        <FilterInput
          id="search-text"
          className="col-12 col-md-6"
          label={t.text}
          hint={t.textHint}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
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
        <FilterInput
          id="search-radius"
          className="col-4 col-md-2"
          label={t.radius}
          type="number"
          min={1}
          max={300}
          value={radius}
          onChange={(e) => setRadius(e.target.value)}
        />
      </FilterBar>
      <div className="row">
        <aside className="col-12 col-md-3" aria-label={t.facets}>
          <h2 className="h5">{t.facets}</h2>
          {kind === 'vacancies' && (
            <FilterSelect
              id="search-contract"
              className="mb-3"
              label={t.contractType}
              anyLabel={t.anyValue}
              options={Object.entries(facets.contractType ?? {}).map(
                ([code, n]) => [code, `${contractLabel(code)} (${n})`] as const,
              )}
              value={contractType}
              onChange={(e) => setContractType(e.target.value)}
            />
          )}
          {kind !== 'courses' && (
            <FilterCheck
              id="search-kmzero"
              label={
                <>
                  {t.onlyKmZero} {facets.kmZero?.true !== undefined && `(${facets.kmZero.true})`}
                </>
              }
              checked={kmZero}
              onChange={setKmZero}
            />
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
