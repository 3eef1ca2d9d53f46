import { mayUse, useSession } from '../auth/session';
import { LoadError, Loading } from '../shell/layout';
import { Link } from '../shell/router';
import { matchesLabels as t } from './labels';
import { FactorBars, ProposeAction } from './match-card';
import { useVacancy, useVacancyMatches } from './queries';

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
              <FactorBars factors={m.factors} />
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
  if (!mayUse(user, 'pathway')) return null;
  return (
    <ProposeAction
      candidateId={candidateId}
      vacancyId={vacancyId}
      className="mt-2"
      buttonClassName="btn btn-primary btn-sm"
      ariaLabel={`${t.propose}: ${name}`}
    />
  );
}
