import { useState } from 'react';
import { problemOf } from '../api/problem';
import { ProblemAlert } from '../shell/fields';
import { companiesLabels } from './labels';
import { useComputeQuota } from './queries';
import { emptyWorkforce, toLaw68Input } from './workforce';
import { WorkforceFields } from './workforce-fields';
import { WorkingSteps } from './working-steps';

const t = companiesLabels.calculator;
const f = companiesLabels.figures;

/** "Quanti ne deve assumere?": the stateless calculator, usable on a phone during a call. */
export function QuotaCalculatorPage() {
  const [form, setForm] = useState(emptyWorkforce);
  const compute = useComputeQuota();
  const problem = problemOf(compute.error);
  const position = compute.data?.position;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <form
        noValidate
        className="mb-4"
        onSubmit={(e) => {
          e.preventDefault();
          compute.mutate(toLaw68Input(form, true));
        }}
      >
        <WorkforceFields value={form} onChange={setForm} problem={problem} withConventions />
        <ProblemAlert problem={problem} />
        <button type="submit" className="btn btn-primary" disabled={compute.isPending}>
          {t.submit}
        </button>
      </form>
      {position && (
        <section aria-label={t.result} aria-live="polite">
          <h2 className="h4">{t.result}</h2>
          <p className="h5">{t.mustHire(position.uncoveredDisabled + position.uncoveredArt18)}</p>
          <dl className="row">
            {(
              [
                [f.band, companiesLabels.bands[position.band]],
                [f.base, position.b3],
                [f.quotaDisabled, position.q3],
                [f.quotaArt18, position.q18],
                [f.coverage, position.coverage],
                [f.uncoveredDisabled, position.uncoveredDisabled],
                [f.uncoveredArt18, position.uncoveredArt18],
              ] as const
            ).map(([label, value]) => (
              <div key={label} className="col-6 col-md-3 mb-2">
                <dt className="small text-muted">{label}</dt>
                <dd className="h5 mb-0">{value}</dd>
              </div>
            ))}
          </dl>
          <WorkingSteps steps={position.working} caption={companiesLabels.sections.working} />
        </section>
      )}
    </>
  );
}
