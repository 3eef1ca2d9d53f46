import type { ApiProblem } from '../api/problem';
import { binder, SelectField, TextField } from '../shell/fields';
import { companiesLabels } from './labels';
import type { WorkforceForm } from './workforce';

const t = companiesLabels.declaration;
// The API names a province's fields `provinces[0].totalEmployees`.
const field = (name: string) => `provinces[0].${name}`;

/** The fields of a one-province workforce; `withConventions` adds the calculator's placements. */
export function WorkforceFields({
  value,
  onChange,
  problem,
  withConventions = false,
}: {
  value: WorkforceForm;
  onChange: (next: WorkforceForm) => void;
  problem: ApiProblem | null;
  withConventions?: boolean;
}) {
  const bind = binder(problem);
  const set = (key: keyof WorkforceForm) => (text: string) => onChange({ ...value, [key]: text });
  return (
    <div className="row">
      <div className="col-sm-6 col-lg-4">
        <TextField
          label={t.referenceDate}
          type="date"
          hint={t.referenceHint}
          {...bind('referenceDate', value.referenceDate, set('referenceDate'))}
        />
      </div>
      <div className="col-sm-6 col-lg-4">
        <TextField
          label={t.province}
          maxLength={2}
          autoCapitalize="characters"
          {...bind('registeredOfficeProvince', value.province, set('province'))}
        />
      </div>
      <div className="col-sm-6 col-lg-4">
        <SelectField
          label={t.employerKind}
          options={t.employerKinds}
          {...bind('employerKind', value.employerKind, set('employerKind'))}
        />
      </div>
      <div className="col-sm-6 col-lg-4">
        <TextField
          label={t.totalEmployees}
          inputMode="decimal"
          required
          {...bind(field('totalEmployees'), value.totalEmployees, set('totalEmployees'))}
        />
      </div>
      <div className="col-sm-6 col-lg-4">
        <TextField
          label={t.disabledEmployees}
          inputMode="decimal"
          {...bind(field('disabledEmployees'), value.disabledEmployees, set('disabledEmployees'))}
        />
      </div>
      <div className="col-sm-6 col-lg-4">
        <TextField
          label={t.art18Employees}
          inputMode="decimal"
          {...bind(field('art18Employees'), value.art18Employees, set('art18Employees'))}
        />
      </div>
      {withConventions && (
        <div className="col-sm-6 col-lg-4">
          <TextField
            label={companiesLabels.calculator.conventionPositions}
            inputMode="numeric"
            {...bind(field('conventions'), value.conventionPositions, set('conventionPositions'))}
          />
        </div>
      )}
    </div>
  );
}
