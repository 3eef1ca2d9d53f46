import { LoadError, Loading } from '../shell/layout';
import { Link } from '../shell/router';
import { matchesLabels as t } from './labels';
import { FactorBars, ProposeAction } from './match-card';
import { useExplanation, useVacancy } from './queries';

/** The full "why / why not" of one person and one vacancy, in or out of the stored list. */
export function WhyPage({ candidateId, vacancyId }: { candidateId: string; vacancyId: string }) {
  const explanation = useExplanation(candidateId, vacancyId);
  const vacancy = useVacancy(vacancyId);
  const e = explanation.data;

  return (
    <>
      <p>
        <Link href={`/persone/${candidateId}/abbinamenti`}>← {t.back}</Link>
      </p>
      <h1>
        {t.whyTitle}
        {vacancy.data && <span className="d-block h3">{vacancy.data.title}</span>}
      </h1>
      {explanation.isPending && <Loading />}
      {explanation.error && <LoadError error={explanation.error} />}
      {e && (
        <>
          <div className={`alert ${e.possible ? 'alert-success' : 'alert-warning'}`}>
            <strong>{e.possible ? t.possible : t.impossible}</strong>
            {e.possible &&
              e.score !== undefined &&
              ` · ${t.score} ${Math.round(e.score)} ${t.outOf100}`}
            <div>{e.summary}</div>
          </div>
          {!e.vacancyOpen && <p className="alert alert-info">{t.closedVacancy}</p>}
          <h2 className="h4">{t.constraints}</h2>
          <ul className="list-unstyled">
            {e.constraints.map((c) => (
              <li key={c.code} className="mb-2">
                <span className={`badge ${c.passed ? 'bg-success' : 'bg-danger'} me-2`}>
                  {c.passed ? t.passed : t.failed}
                </span>
                {c.toVerify && (
                  <span className="badge bg-warning text-dark me-2">{t.toVerify}</span>
                )}
                <strong>{c.label}</strong>: {c.detail}
              </li>
            ))}
          </ul>
          {e.possible && (
            <>
              <h2 className="h4">{t.factors}</h2>
              <FactorBars factors={e.factors} />
            </>
          )}
          {e.possible && e.vacancyOpen && (
            <ProposeAction
              candidateId={candidateId}
              vacancyId={vacancyId}
              className="mt-3"
              buttonClassName="btn btn-primary"
            />
          )}
        </>
      )}
    </>
  );
}
