import { useState } from 'react';
import { type ApiProblem, problemOf } from '../api/problem';
import { mayUse, useSession } from '../auth/session';
import { ProblemAlert } from '../shell/fields';
import { LoadError, Loading } from '../shell/layout';
import { Link } from '../shell/router';
import { matchesLabels as t } from './labels';
import { FactorBar } from './match-card';
import { usePropose, useVacancy, useVacancyMatches } from './queries';

/** The reverse view: one vacancy and the people in charge who fit it best. */
export function VacancyCandidatesPage({ vacancyId }: { vacancyId: string }) {
  const vacancy = useVacancy(vacancyId);
  const matches = useVacancyMatches(vacancyId);
  return (
    <>
      <h1>{t.vacancyCandidates(vacancy.data?.title ?? '')}</h1>
      <p className="lead">{t.vacancyIntro}</p>
      {matches.isPending && <Loading />}
      {matches.error && <LoadError error={matches.error} />}
      {matches.data?.items.length === 0 && <p>{t.none}</p>}
      <ol className="list-unstyled">
        {matches.data?.items.map((m) => (
          <li key={m.candidate.id} className="card shadow-sm mb-3">
            <div className="card-body">
              <div className="d-flex justify-content-between gap-2">
                <h2 className="h5">
                  <Link href={`/persone/${m.candidate.id}/abbinamenti/${vacancyId}`}>
                    {m.candidate.lastName} {m.candidate.firstName}
                  </Link>
                </h2>
                <div className="h4 mb-0">
                  {Math.round(m.score)} <span className="small">{t.outOf100}</span>
                </div>
              </div>
              <p className="mb-2">
                {t.distance(m.distanceKm)} · {m.summary}
              </p>
              <div className="row">
                {m.factors.map((f) => (
                  <div key={f.code} className="col-md-6">
                    <FactorBar factor={f} />
                  </div>
                ))}
              </div>
              <ProposeButton
                candidateId={m.candidate.id}
                vacancyId={vacancyId}
                name={`${m.candidate.firstName} ${m.candidate.lastName}`}
              />
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}

/** Propose one person for the vacancy from the reverse view (tutors on the case, coordinators). */
function ProposeButton({
  candidateId,
  vacancyId,
  name,
}: {
  candidateId: string;
  vacancyId: string;
  name: string;
}) {
  const { user } = useSession();
  const propose = usePropose(candidateId);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  if (!mayUse(user, 'pathway')) return null;
  return (
    <div className="mt-2">
      {propose.isSuccess ? (
        <p className="alert alert-success" role="status">
          {t.proposed} <Link href={`/persone/${candidateId}/percorso`}>{t.pathway}</Link>
        </p>
      ) : (
        <button
          type="button"
          className="btn btn-primary btn-sm"
          aria-label={`${t.propose}: ${name}`}
          disabled={propose.isPending}
          onClick={() =>
            propose.mutateAsync(vacancyId).then(
              () => setProblem(null),
              (error) => setProblem(problemOf(error)),
            )
          }
        >
          {t.propose}
        </button>
      )}
      <ProblemAlert problem={problem} />
    </div>
  );
}
