import { useState } from 'react';
import { problemOf } from '../api/problem';
import { binder, FormFooter, ProblemAlert, SelectField, TextField } from '../shell/fields';
import { itDate } from './format';
import { companiesLabels as t } from './labels';
import {
  type CompanyLaw68,
  type ConventionInput,
  useEndConvention,
  useRecordConvention,
} from './queries';
import { todayInRome } from '../shell/dates';

export function ConventionsList({
  id,
  conventions,
}: {
  id: string;
  conventions: CompanyLaw68['conventions'];
}) {
  const c = t.convention;
  const end = useEndConvention(id);
  if (conventions.length === 0) return <p>{c.none}</p>;
  return (
    <>
      <ProblemAlert problem={problemOf(end.error)} />
      <ul className="list-unstyled">
        {conventions.map((x) => (
          <li key={x.id} className="border-bottom py-2">
            <strong>{x.typeLabel}</strong>: {x.positions} ·{' '}
            {c.period(itDate(x.startDate), x.endDate && itDate(x.endDate))}
            {x.cooperativeName && ` · ${x.cooperativeName}`} · {x.active ? c.active : c.ended}
            {x.active && <EndConvention convention={x} onEnd={end.mutate} />}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Ends a convention at a date (the position is computed again from that day). */
function EndConvention({
  convention,
  onEnd,
}: {
  convention: CompanyLaw68['conventions'][number];
  onEnd: (change: { conventionId: string; endDate: string; version: number }) => void;
}) {
  const c = t.convention;
  const [endDate, setEndDate] = useState(todayInRome());
  const inputId = `end-${convention.id}`;
  return (
    <span className="d-inline-flex align-items-center gap-2 ms-2">
      <label htmlFor={inputId} className="visually-hidden">
        {c.endDateOf(convention.typeLabel)}
      </label>
      <input
        id={inputId}
        type="date"
        className="form-control form-control-sm"
        value={endDate}
        onChange={(e) => setEndDate(e.target.value)}
      />
      <button
        type="button"
        className="btn btn-outline-secondary btn-sm"
        aria-label={c.endAria(convention.typeLabel)}
        onClick={() => onEnd({ conventionId: convention.id, endDate, version: convention.version })}
      >
        {c.end}
      </button>
    </span>
  );
}

export function ConventionForm({ id }: { id: string }) {
  const c = t.convention;
  const [form, setForm] = useState({
    type: 'ART11' as ConventionInput['type'],
    positions: '1',
    startDate: todayInRome(),
    endDate: '',
    cooperativeName: '',
    reference: '',
  });
  const record = useRecordConvention(id);
  const problem = problemOf(record.error);
  const bind = binder(problem);
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });
  return (
    <form
      className="card card-body"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        record.mutate({
          type: form.type,
          positions: Number(form.positions),
          startDate: form.startDate,
          endDate: form.endDate || null,
          cooperativeName: form.cooperativeName.trim() || null,
          reference: form.reference.trim() || null,
        });
      }}
    >
      <fieldset>
        <legend className="h5">{c.legend}</legend>
        <div className="row">
          <div className="col-md-6">
            <SelectField
              label={c.type}
              options={c.types}
              {...bind('type', form.type, set('type'))}
            />
          </div>
          <div className="col-md-6">
            <TextField
              label={c.positions}
              inputMode="numeric"
              {...bind('positions', form.positions, set('positions'))}
            />
          </div>
          <div className="col-md-6">
            <TextField
              label={c.startDate}
              type="date"
              {...bind('startDate', form.startDate, set('startDate'))}
            />
          </div>
          <div className="col-md-6">
            <TextField
              label={c.endDate}
              type="date"
              {...bind('endDate', form.endDate, set('endDate'))}
            />
          </div>
          <div className="col-md-6">
            <TextField
              label={c.cooperativeName}
              {...bind('cooperativeName', form.cooperativeName, set('cooperativeName'))}
            />
          </div>
          <div className="col-md-6">
            <TextField
              label={c.reference}
              {...bind('reference', form.reference, set('reference'))}
            />
          </div>
        </div>
      </fieldset>
      <FormFooter
        problem={problem}
        saved={record.isSuccess}
        savedLabel={c.saved}
        pending={record.isPending}
        submitLabel={c.submit}
      />
    </form>
  );
}
