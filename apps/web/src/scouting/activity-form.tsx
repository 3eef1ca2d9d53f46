import { useState } from 'react';
import { problemOf } from '../api/problem';
import { binder, FormFooter, SelectField, TextField } from '../shell/fields';
import { scoutingLabels } from './labels';
import { type ActivityInput, type PipelineCompany, useRecordActivity } from './queries';
import { todayInRome } from '../shell/dates';

const t = scoutingLabels.activity;
const today = todayInRome;

/** A call, visit or consultancy with a company, and what to do next. */
export function ActivityForm({ companies }: { companies: PipelineCompany[] }) {
  const empty = {
    companyId: '',
    kind: 'CALL' as ActivityInput['kind'],
    topic: 'L68_RULES' as ActivityInput['topic'],
    occurredOn: today(),
    notes: '',
    nextAction: '',
    nextActionDue: '',
  };
  const [form, setForm] = useState(empty);
  const record = useRecordActivity();
  const problem = problemOf(record.error);
  const bind = binder(problem);
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });
  return (
    <form
      className="card card-body"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        record.mutate(
          {
            companyId: form.companyId,
            kind: form.kind,
            topic: form.topic,
            occurredOn: form.occurredOn,
            notes: form.notes.trim() || undefined,
            nextAction: form.nextAction.trim() || null,
            nextActionDue: form.nextActionDue || null,
          },
          { onSuccess: () => setForm({ ...empty, companyId: form.companyId }) },
        );
      }}
    >
      <fieldset>
        <legend className="h4">{t.title}</legend>
        <SelectField
          label={t.company}
          options={[['', t.chooseCompany], ...companies.map((c) => [c.companyId, c.name] as const)]}
          {...bind('companyId', form.companyId, set('companyId'))}
        />
        <div className="row">
          <div className="col-sm-6">
            <SelectField
              label={t.kind}
              options={t.kinds}
              {...bind('kind', form.kind, set('kind'))}
            />
          </div>
          <div className="col-sm-6">
            <SelectField
              label={t.topic}
              options={t.topics}
              {...bind('topic', form.topic, set('topic'))}
            />
          </div>
        </div>
        <TextField
          label={t.occurredOn}
          type="date"
          {...bind('occurredOn', form.occurredOn, set('occurredOn'))}
        />
        <TextField label={t.notes} {...bind('notes', form.notes, set('notes'))} />
        <div className="row">
          <div className="col-sm-7">
            <TextField
              label={t.nextAction}
              {...bind('nextAction', form.nextAction, set('nextAction'))}
            />
          </div>
          <div className="col-sm-5">
            <TextField
              label={t.nextActionDue}
              type="date"
              {...bind('nextActionDue', form.nextActionDue, set('nextActionDue'))}
            />
          </div>
        </div>
      </fieldset>
      <FormFooter
        problem={problem}
        saved={record.isSuccess}
        savedLabel={t.saved}
        pending={record.isPending}
        submitLabel={t.submit}
      />
    </form>
  );
}
