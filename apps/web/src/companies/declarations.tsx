import { useState } from 'react';
import { problemOf } from '../api/problem';
import { FormFooter } from '../shell/fields';
import { itDate } from './format';
import { companiesLabels as t } from './labels';
import { type CompanyLaw68, useRecordDeclaration } from './queries';
import { emptyWorkforce, toLaw68Input } from './workforce';
import { WorkforceFields } from './workforce-fields';

export function DeclarationsTable({
  declarations,
}: {
  declarations: CompanyLaw68['declarations'];
}) {
  const d = t.declarationsColumns;
  if (declarations.length === 0) return null;
  return (
    <table className="table table-sm">
      <thead>
        <tr>
          <th scope="col">{d.referenceDate}</th>
          <th scope="col">{d.base}</th>
          <th scope="col">{d.quota}</th>
          <th scope="col">{d.coverage}</th>
          <th scope="col">{d.uncovered}</th>
        </tr>
      </thead>
      <tbody>
        {declarations.map((x) => (
          <tr key={x.id}>
            <td>{itDate(x.referenceDate)}</td>
            <td>{x.b3}</td>
            <td>{x.q3 + x.q18}</td>
            <td>{x.coverage}</td>
            <td>{x.uncoveredDisabled + x.uncoveredArt18}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DeclarationForm({ id }: { id: string }) {
  const [form, setForm] = useState(emptyWorkforce);
  const record = useRecordDeclaration(id);
  const problem = problemOf(record.error);
  return (
    <form
      className="card card-body mb-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        record.mutate(toLaw68Input(form));
      }}
    >
      <fieldset>
        <legend className="h5">{t.declaration.legend}</legend>
        <WorkforceFields value={form} onChange={setForm} problem={problem} />
      </fieldset>
      <FormFooter
        problem={problem}
        saved={record.isSuccess}
        savedLabel={t.declaration.saved}
        pending={record.isPending}
        submitLabel={t.declaration.submit}
      />
    </form>
  );
}
