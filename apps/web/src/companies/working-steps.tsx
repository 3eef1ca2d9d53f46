import { companiesLabels } from './labels';
import type { WorkingStep } from './queries';

const t = companiesLabels.workingColumns;

/** The calculator's working as the API returns it: what was done, under which article, with what result. */
export function WorkingSteps({ steps, caption }: { steps: WorkingStep[]; caption: string }) {
  return (
    // Focusable, so that a narrow screen can scroll it with the keyboard.
    <div className="table-responsive" tabIndex={0} role="region" aria-label={caption}>
      <table className="table table-sm working-steps">
        <caption className="caption-top h5 text-body">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.step}</th>
            <th scope="col">{t.article}</th>
            <th scope="col" className="text-end">
              {t.value}
            </th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step, i) => (
            <tr key={`${step.step}-${step.province ?? ''}-${i}`}>
              <td>
                {step.province && <span className="badge bg-secondary me-1">{step.province}</span>}
                {step.description}
              </td>
              <td>{step.article}</td>
              <td className="text-end fw-semibold">{step.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
