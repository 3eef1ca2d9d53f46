import { type FormEvent, useState } from 'react';
import { problemOf } from '../api/problem';
import { binder, CheckField, ProblemAlert, SelectField, TextField, toggle } from '../shell/fields';
import { LoadError, Loading } from '../shell/layout';
import { Link } from '../shell/router';
import { bulletinLabels as t, CONTENT_KIND_LABELS } from './labels';
import {
  type Content,
  type NewContent,
  useArchiveContent,
  useAreas,
  useContents,
  useSaveContent,
} from './queries';

const KINDS = Object.entries(CONTENT_KIND_LABELS) as Array<[Content['kind'], string]>;
const LEVELS = ['ALFA', 'PRE_A1', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
const EMPTY: NewContent = { kind: 'TRAINING', title: '', provider: '' };

/** The contents that bulletins carry besides offers: list, add, archive. */
export function ContentsPage() {
  const [kind, setKind] = useState<Content['kind'] | ''>('');
  const contents = useContents(kind);
  const archive = useArchiveContent();
  const [said, setSaid] = useState('');

  return (
    <>
      <p>
        <Link href="/redazione">{t.backToList}</Link>
      </p>
      <h1>{t.contents}</h1>
      <p>{t.contentsIntro}</p>
      <p role="status" className={said ? 'alert alert-success' : 'visually-hidden'}>
        {said}
      </p>
      <ContentForm onSaved={(title) => setSaid(t.added(title))} />

      <div style={{ maxWidth: '20rem' }} className="mt-4">
        <SelectField
          label={t.filterKind}
          value={kind}
          onChange={(e) => setKind(e.target.value as Content['kind'] | '')}
          options={[['', t.allKinds], ...KINDS]}
        />
      </div>
      <ProblemAlert problem={problemOf(archive.error)} />
      {contents.isPending && <Loading />}
      {contents.error && <LoadError error={contents.error} retry={() => contents.refetch()} />}
      {contents.data?.items.length === 0 && <p>{t.noContents}</p>}
      {!!contents.data?.items.length && (
        <div className="table-responsive">
          <table className="table">
            <caption className="visually-hidden">{t.contents}</caption>
            <thead>
              <tr>
                <th scope="col">{t.contentTitle}</th>
                <th scope="col">{t.kind}</th>
                <th scope="col">{t.provider}</th>
                <th scope="col">{t.enrolBy}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.archiveShort}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {contents.data.items.map((content) => (
                <tr key={content.id}>
                  <th scope="row">{content.title}</th>
                  <td>{CONTENT_KIND_LABELS[content.kind]}</td>
                  <td>{content.provider}</td>
                  <td>
                    {content.enrolBy ? new Date(content.enrolBy).toLocaleDateString('it-IT') : '–'}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-sm btn-outline-danger"
                      aria-label={t.archive(content.title)}
                      disabled={archive.isPending}
                      onClick={() =>
                        archive.mutate(content.id, {
                          onSuccess: () => setSaid(t.archived(content.title)),
                        })
                      }
                    >
                      {t.archiveShort}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function ContentForm({ onSaved }: { onSaved(title: string): void }) {
  const areas = useAreas();
  const save = useSaveContent();
  const [draft, setDraft] = useState<NewContent>(EMPTY);
  const problem = problemOf(save.error);
  const bind = binder(problem);
  const set =
    <K extends keyof NewContent>(key: K) =>
    (value: string) =>
      setDraft((d) => ({ ...d, [key]: value === '' ? undefined : value }));
  const italian = draft.kind === 'ITALIAN_COURSE';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: NewContent = {
      ...draft,
      ...(italian ? { hours: draft.hours ? Number(draft.hours) : undefined } : {}),
    };
    if (!italian) {
      delete body.cefrLevel;
      delete body.hours;
    }
    save.mutate(body, {
      onSuccess: () => {
        onSaved(draft.title);
        setDraft(EMPTY);
      },
    });
  };

  return (
    <form onSubmit={submit} aria-labelledby="new-content-title" className="card card-body">
      <h2 id="new-content-title" className="h4">
        {t.newContent}
      </h2>
      <ProblemAlert problem={problem} />
      <div className="row">
        <div className="col-md-4">
          <SelectField label={t.kind} {...bind('kind', draft.kind, set('kind'))} options={KINDS} />
        </div>
        <div className="col-md-8">
          <TextField
            label={t.contentTitle}
            type="text"
            {...bind('title', draft.title, set('title'))}
          />
        </div>
        <div className="col-md-6">
          <TextField
            label={t.provider}
            type="text"
            {...bind('provider', draft.provider, set('provider'))}
          />
        </div>
        <div className="col-md-6">
          <TextField
            label={t.place}
            type="text"
            {...bind('place', draft.place ?? '', set('place'))}
          />
        </div>
        <div className="col-12">
          <TextField
            label={t.summary}
            type="text"
            {...bind('summary', draft.summary ?? '', set('summary'))}
          />
        </div>
        <div className="col-md-4">
          <TextField
            label={t.enrolBy}
            type="date"
            {...bind('enrolBy', draft.enrolBy ?? '', set('enrolBy'))}
          />
        </div>
        <div className="col-md-8">
          <TextField label={t.url} type="url" {...bind('url', draft.url ?? '', set('url'))} />
        </div>
        {italian && (
          <>
            <div className="col-md-6">
              <SelectField
                label={t.cefrLevel}
                {...bind('cefrLevel', draft.cefrLevel ?? '', set('cefrLevel'))}
                options={[['', t.chooseLevel], ...LEVELS.map((l) => [l, l] as const)]}
              />
            </div>
            <div className="col-md-6">
              <TextField
                label={t.hours}
                type="number"
                min={1}
                {...bind('hours', draft.hours ?? '', set('hours'))}
              />
            </div>
          </>
        )}
      </div>
      {!!areas.data?.length && (
        <fieldset className="mb-3">
          <legend className="h6">{t.contentAreas}</legend>
          {areas.data.map((area) => (
            <CheckField
              key={area.id}
              label={area.name}
              checked={draft.areaIds?.includes(area.id) ?? false}
              onChange={(e) =>
                setDraft((d) => ({ ...d, areaIds: toggle(d.areaIds, area.id, e.target.checked) }))
              }
            />
          ))}
        </fieldset>
      )}
      <div>
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {t.add}
        </button>
      </div>
    </form>
  );
}
