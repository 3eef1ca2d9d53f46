import { useState } from 'react';
import { type ApiProblem, problemOf } from '../api/problem';
import { ProblemAlert } from '../shell/fields';
import { Link } from '../shell/router';
import { matchesLabels as t } from './labels';
import { type Factor, usePropose } from './queries';

/** One factor of the score as a labelled bar: a tutor reads the words, the bar is for the eye. */
export function FactorBar({ factor }: { factor: Factor }) {
  const share = factor.max > 0 ? Math.round((factor.points / factor.max) * 100) : 0;
  return (
    <div className="mb-2">
      <div className="d-flex justify-content-between gap-2 small">
        <span className="fw-semibold">{factor.label}</span>
        <span>{t.points(factor.points, factor.max)}</span>
      </div>
      <div
        className="factor-bar"
        role="meter"
        aria-label={factor.label}
        aria-valuemin={0}
        aria-valuemax={factor.max}
        aria-valuenow={factor.points}
        aria-valuetext={`${t.points(factor.points, factor.max)}: ${factor.detail}`}
      >
        <span style={{ width: `${share}%` }} />
      </div>
      <div className="small text-muted">{factor.detail}</div>
    </div>
  );
}

/** The factors of a score, two bars a row on wide screens. */
export function FactorBars({ factors }: { factors: readonly Factor[] }) {
  return (
    <div className="row">
      {factors.map((factor) => (
        <div key={factor.code} className="col-md-6">
          <FactorBar factor={factor} />
        </div>
      ))}
    </div>
  );
}

/** Proposing a vacancy to a person; a failure is kept as a problem to show, a success clears it. */
export function useProposal(candidateId: string) {
  const propose = usePropose(candidateId);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const proposeFor = (vacancyId: string) =>
    propose.mutateAsync(vacancyId).then(
      () => setProblem(null),
      (error) => setProblem(problemOf(error)),
    );
  return { propose, problem, proposeFor };
}

/** The "propose" button, replaced by a link to the pathway once the proposal is made. */
export function ProposeAction({
  candidateId,
  vacancyId,
  className,
  buttonClassName,
  ariaLabel,
}: {
  candidateId: string;
  vacancyId: string;
  className: string;
  buttonClassName: string;
  ariaLabel?: string;
}) {
  const { propose, problem, proposeFor } = useProposal(candidateId);
  return (
    <div className={className}>
      {propose.isSuccess ? (
        <p className="alert alert-success" role="status">
          {t.proposed} <Link href={`/persone/${candidateId}/percorso`}>{t.pathway}</Link>
        </p>
      ) : (
        <button
          type="button"
          className={buttonClassName}
          aria-label={ariaLabel}
          disabled={propose.isPending}
          onClick={() => proposeFor(vacancyId)}
        >
          {t.propose}
        </button>
      )}
      <ProblemAlert problem={problem} />
    </div>
  );
}
