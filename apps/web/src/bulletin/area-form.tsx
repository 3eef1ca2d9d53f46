import { type FormEvent, useState } from 'react';
import { problemOf } from '../api/problem';
import { searchMunicipalities } from '../person/queries';
import { Combobox, type Option } from '../shell/combobox';
import { binder, CheckField, ProblemAlert, TextField } from '../shell/fields';
import { bulletinLabels as t } from './labels';
import { type Area, useSaveArea } from './queries';

/** A new area: its name, its public code and its municipalities. */
export function NewAreaForm({ onSaved }: { onSaved(message: string): void }) {
  const save = useSaveArea();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [municipalities, setMunicipalities] = useState<Option[]>([]);
  const problem = problemOf(save.error);
  const bind = binder(problem);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { body: { name, slug, municipalityCodes: municipalities.map((m) => m.value) } },
      {
        onSuccess: () => {
          onSaved(t.areaCreated(name));
          setName('');
          setSlug('');
          setMunicipalities([]);
        },
      },
    );
  };

  return (
    <details className="mb-4">
      <summary className="h5">{t.newArea}</summary>
      <form onSubmit={submit} className="card card-body" aria-label={t.newArea}>
        <ProblemAlert problem={problem} />
        <div className="row">
          <div className="col-md-6">
            <TextField label={t.areaName} type="text" {...bind('name', name, setName)} />
          </div>
          <div className="col-md-6">
            <TextField
              label={t.areaSlug}
              hint={t.areaSlugHint}
              type="text"
              {...bind('slug', slug, setSlug)}
            />
          </div>
          <div className="col-md-8">
            <Combobox
              label={t.areaMunicipalities}
              queryKey="municipality-suggest"
              search={searchMunicipalities}
              clearOnSelect
              error={problem?.fieldError('municipalityCodes') ?? problem?.fieldError('area')}
              onSelect={(option) =>
                setMunicipalities((list) =>
                  list.some((m) => m.value === option.value) ? list : [...list, option],
                )
              }
            />
          </div>
        </div>
        <ul className="list-inline">
          {municipalities.map((m) => (
            <li key={m.value} className="list-inline-item">
              <span className="badge bg-light text-dark border">
                {m.label}{' '}
                <button
                  type="button"
                  className="btn btn-link btn-sm p-0"
                  aria-label={t.removeMunicipality(m.label)}
                  onClick={() => setMunicipalities((list) => list.filter((x) => x !== m))}
                >
                  ×
                </button>
              </span>
            </li>
          ))}
        </ul>
        <div>
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            {t.createArea}
          </button>
        </div>
      </form>
    </details>
  );
}

/** Automatic sending of an area's editions, on or off. */
export function AutoSendSwitch({ area, onSaved }: { area: Area; onSaved(message: string): void }) {
  const save = useSaveArea();
  return (
    <>
      <CheckField
        label={t.autoSend}
        checked={area.autoSend}
        disabled={save.isPending}
        onChange={(e) =>
          save.mutate(
            { id: area.id, body: { autoSend: e.target.checked } },
            { onSuccess: () => onSaved(t.areaSaved(area.name)) },
          )
        }
      />
      <ProblemAlert problem={problemOf(save.error)} />
    </>
  );
}
