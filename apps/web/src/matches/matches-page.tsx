import { useState } from 'react';
import { CONTRACT_TYPES } from '../person/labels';
import { useCandidate } from '../person/queries';
import { searchVacancies } from '../search/queries';
import { Combobox } from '../shell/combobox';
import { ProblemAlert } from '../shell/fields';
import { FilterBar, FilterCheck, FilterInput, FilterSelect } from '../shell/filters';
import { LoadError, Loading } from '../shell/layout';
import { Link, navigate, useLocation } from '../shell/router';
import { matchesLabels as t } from './labels';
import { FactorBars, useProposal } from './match-card';
import { type MatchFilter, useCandidateMatches, type VacancyMatch } from './queries';

const contractLabel = (code: string) => CONTRACT_TYPES.find(([c]) => c === code)?.[1] ?? code;

export function MatchesPage({ candidateId }: { candidateId: string }) {
  const justCreated = useLocation().searchParams.has('nuova');
  const [contractType, setContractType] = useState('');
  const [kmZero, setKmZero] = useState(false);
  const [law68, setLaw68] = useState(false);
  const [maxDistance, setMaxDistance] = useState('');
  const filter: MatchFilter = {
    limit: 30,
    ...(contractType
      ? { contractType: [contractType as NonNullable<MatchFilter['contractType']>[number]] }
      : {}),
    ...(kmZero ? { kmZero: true } : {}),
    ...(law68 ? { law68: true } : {}),
    ...(maxDistance ? { maxDistanceKm: Number(maxDistance) } : {}),
  };
  const person = useCandidate(candidateId);
  const matches = useCandidateMatches(candidateId, filter);
  const name = person.data ? `${person.data.firstName} ${person.data.lastName}` : '';
  const waiting = !matches.data?.computedAt;

  return (
    <>
      <h1>{t.title(name)}</h1>
      <p className="d-flex flex-wrap gap-3">
        <Link href={`/persone/${candidateId}`}>{t.profile}</Link>
        <Link href={`/persone/${candidateId}/percorso`}>{t.pathway}</Link>
      </p>
      <p className="lead">{t.intro}</p>
      <FilterBar aria-label={t.filters}>
        <FilterSelect
          id="match-contract"
          className="col-12 col-md-4"
          label={t.contractType}
          anyLabel={t.anyContract}
          options={CONTRACT_TYPES}
          value={contractType}
          onChange={(e) => setContractType(e.target.value)}
        />
        <FilterInput
          id="match-distance"
          className="col-12 col-md-3"
          label={t.maxDistance}
          type="number"
          min={0}
          max={500}
          value={maxDistance}
          onChange={(e) => setMaxDistance(e.target.value)}
        />
        <div className="col-12 col-md-5 d-flex flex-wrap gap-3">
          <FilterCheck
            id="match-kmzero"
            label={t.onlyKmZero}
            checked={kmZero}
            onChange={setKmZero}
          />
          <FilterCheck id="match-l68" label={t.onlyL68} checked={law68} onChange={setLaw68} />
        </div>
      </FilterBar>
      <div aria-live="polite">
        {(waiting || matches.data?.pending) && !matches.error && (
          <p className="alert alert-info">
            {justCreated || waiting ? t.computing : t.pendingChange}
          </p>
        )}
        {matches.data && matches.data.newSinceLastVisit > 0 && (
          <p>
            <span className="badge bg-primary">{t.newSince(matches.data.newSinceLastVisit)}</span>
          </p>
        )}
      </div>
      {matches.isPending && <Loading />}
      {matches.error && <LoadError error={matches.error} retry={() => matches.refetch()} />}
      {matches.data?.computedAt && matches.data.items.length === 0 && <p>{t.none}</p>}
      <ol className="list-unstyled">
        {matches.data?.items.map((match) => (
          <MatchItem key={match.vacancy.id} candidateId={candidateId} match={match} />
        ))}
      </ol>
      <section className="mt-5" aria-labelledby="lookup-title">
        <h2 id="lookup-title" className="h4">
          {t.lookupTitle}
        </h2>
        <Combobox
          label={t.lookupLabel}
          queryKey="vacancy-lookup"
          search={async (q) =>
            (await searchVacancies({ q, pageSize: 8 })).hits.map((h) => ({
              value: h.document.id,
              label: `${h.document.title} – ${h.document.companyName}`,
              hint: h.document.municipalityName,
            }))
          }
          onSelect={(o) => navigate(`/persone/${candidateId}/abbinamenti/${o.value}`)}
        />
      </section>
    </>
  );
}

function MatchItem({ candidateId, match }: { candidateId: string; match: VacancyMatch }) {
  const { propose, problem, proposeFor } = useProposal(candidateId);
  const toVerify = match.constraints.filter((c) => c.toVerify);
  const titleId = `vacancy-${match.vacancy.id}`;
  return (
    <li className="card shadow-sm mb-3">
      <div className="card-body">
        <div className="d-flex flex-wrap justify-content-between gap-2">
          <div>
            <h2 id={titleId} className="h5 mb-1">
              {match.vacancy.title}
            </h2>
            <p className="mb-1">
              {match.vacancy.companyName} · {contractLabel(match.vacancy.contractType)} ·{' '}
              {t.distance(match.distanceKm)}
            </p>
            <p className="d-flex flex-wrap gap-1 mb-2">
              {match.isNew && <span className="badge bg-primary">{t.isNew}</span>}
              {match.vacancy.kmZero && <span className="badge bg-success">{t.kmZero}</span>}
              {match.vacancy.reservedL68 && <span className="badge bg-dark">{t.l68}</span>}
              {toVerify.map((c) => (
                <span key={c.code} className="badge bg-warning text-dark" title={c.detail}>
                  {t.toVerify}: {c.label}
                </span>
              ))}
            </p>
          </div>
          <div className="text-end">
            <div className="h3 mb-0">{Math.round(match.score)}</div>
            <div className="small">
              {t.score} {t.outOf100}
            </div>
          </div>
        </div>
        <p className="mb-2">{match.summary}</p>
        <FactorBars factors={match.factors} />
        {propose.isSuccess && (
          <p className="alert alert-success" role="status">
            {t.proposed}
          </p>
        )}
        <ProblemAlert problem={problem} />
        <div className="d-flex flex-wrap gap-2 mt-2">
          <Link
            href={`/persone/${candidateId}/abbinamenti/${match.vacancy.id}`}
            className="btn btn-outline-primary btn-sm"
            aria-describedby={titleId}
          >
            {t.why}
          </Link>
          <button
            type="button"
            className="btn btn-primary btn-sm"
            aria-describedby={titleId}
            disabled={propose.isPending || propose.isSuccess}
            onClick={() => proposeFor(match.vacancy.id)}
          >
            {t.propose}
          </button>
        </div>
      </div>
    </li>
  );
}
