import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { problemOf } from '../api/problem';
import { ProblemAlert } from '../shell/fields';
import { LoadError, Loading } from '../shell/layout';
import { coordinationLabels as t } from './labels';
import {
  type CaseloadItem,
  downloadExport,
  useErase,
  usePeople,
  useTeam,
  useTeamCaseload,
} from './queries';
import { TeamChart, type TeamRow } from './team-chart';

const DAY = 24 * 3600 * 1000;
const STALLED_AFTER_DAYS = 30;
/** People at work or whose pathway is closed are not waiting for anything: never "stalled". */
const SETTLED: readonly string[] = ['EMPLOYED', 'CLOSED'];
const daysSince = (iso: string) =>
  Math.max(0, Math.floor((Date.now() - new Date(iso).getTime()) / DAY));
const isStalled = (person: CaseloadItem) =>
  !SETTLED.includes(person.pathwayStatus) && daysSince(person.lastActivityAt) > STALLED_AFTER_DAYS;

export function CoordinationPage() {
  return (
    <>
      <h1>{t.title}</h1>
      <TeamCaseload />
      <PersonalDataRights />
    </>
  );
}

function TeamCaseload() {
  const caseload = useTeamCaseload();
  const team = useTeam();
  const rows = useMemo<TeamRow[]>(() => {
    if (!caseload.data || !team.data) return [];
    const tutors = team.data.filter((u) => u.role === 'tutor' || u.role === 'coordinator');
    const count = (match: (p: CaseloadItem) => boolean) => {
      const people = caseload.data.filter(match);
      return { people: people.length, stalled: people.filter(isStalled).length };
    };
    const byTutor = tutors
      .map((u) => ({
        role: u.role,
        name: u.displayName,
        ...count((p) => p.assignedTutorIds.includes(u.id)),
      }))
      .filter((row) => row.role === 'tutor' || row.people > 0)
      .map(({ name, people, stalled }) => ({ name, people, stalled }));
    const unassigned = count((p) => p.assignedTutorIds.length === 0);
    return unassigned.people > 0 ? [...byTutor, { name: t.unassigned, ...unassigned }] : byTutor;
  }, [caseload.data, team.data]);

  const error = caseload.error ?? team.error;
  return (
    <section aria-labelledby="team-title" className="mb-5">
      <h2 id="team-title" className="h3">
        {t.team}
      </h2>
      <p>{t.teamIntro(STALLED_AFTER_DAYS)}</p>
      {(caseload.isPending || team.isPending) && <Loading />}
      {error && <LoadError error={error} />}
      {rows.length > 0 && (
        <div className="row g-4">
          <div className="col-lg-7">
            <TeamChart
              rows={rows}
              label={t.chartLabel}
              series={{ people: t.people, stalled: t.stalled }}
            />
          </div>
          <div className="col-lg-5">
            <table className="table table-sm">
              <caption>{t.team}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.tutor}</th>
                  <th scope="col">{t.people}</th>
                  <th scope="col">{t.stalled}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.name}>
                    <th scope="row">{row.name}</th>
                    <td>{row.people}</td>
                    <td>{row.stalled}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}

function PersonalDataRights() {
  const [text, setText] = useState('');
  const q = useDeferredValue(text.trim());
  const people = usePeople(q);
  const erase = useErase();
  const [target, setTarget] = useState<CaseloadItem | null>(null);
  const [done, setDone] = useState('');
  const [exportError, setExportError] = useState<unknown>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const nameOf = (p: CaseloadItem) => `${p.firstName} ${p.lastName}`;

  const ask = (person: CaseloadItem) => {
    erase.reset();
    setTarget(person);
    dialog.current?.showModal();
  };
  const confirm = () => {
    if (!target) return;
    erase.mutate(target.id, {
      onSuccess: () => {
        setDone(t.erased(nameOf(target)));
        dialog.current?.close();
      },
    });
  };

  return (
    <section aria-labelledby="privacy-title">
      <h2 id="privacy-title" className="h3">
        {t.privacy}
      </h2>
      <p>{t.privacyIntro}</p>
      <div className="form-group mt-5" style={{ maxWidth: '28rem' }}>
        <label htmlFor="privacy-search" className="active">
          {t.search}
        </label>
        <input
          id="privacy-search"
          type="search"
          className="form-control"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <p role="status" className={done ? 'alert alert-success' : 'visually-hidden'}>
        {done}
      </p>
      <ProblemAlert problem={problemOf(exportError)} />
      {people.isFetching && <Loading />}
      {people.data?.items.length === 0 && <p>{t.none}</p>}
      {!!people.data?.items.length && (
        <table className="table">
          <caption className="visually-hidden">{t.privacy}</caption>
          <thead>
            <tr>
              <th scope="col">{t.person}</th>
              <th scope="col">{t.lastActivity}</th>
              <th scope="col">{t.actions}</th>
            </tr>
          </thead>
          <tbody>
            {people.data.items.map((person) => (
              <tr key={person.id}>
                <th scope="row">
                  {person.lastName} {person.firstName}
                </th>
                <td>{t.days(daysSince(person.lastActivityAt))}</td>
                <td className="d-flex flex-wrap gap-2">
                  <button
                    type="button"
                    className="btn btn-sm btn-outline-primary"
                    aria-label={t.export(nameOf(person))}
                    onClick={() => downloadExport(person.id).catch(setExportError)}
                  >
                    {t.exportShort}
                  </button>
                  <button
                    type="button"
                    className="btn btn-sm btn-outline-danger"
                    aria-label={t.erase(nameOf(person))}
                    onClick={() => ask(person)}
                  >
                    {t.eraseShort}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <dialog ref={dialog} className="incrocio-dialog" aria-labelledby="erase-title">
        {target && (
          <>
            <h2 id="erase-title" className="h4">
              {t.confirmTitle(nameOf(target))}
            </h2>
            <p>
              {t.confirmIntro(
                nameOf(target),
                new Date(target.birthDate).toLocaleDateString('it-IT'),
              )}
            </p>
            <ul>
              {t.willErase.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p>{t.willKeep}</p>
            <ProblemAlert problem={problemOf(erase.error)} />
            <div className="d-flex flex-wrap gap-2">
              <button
                type="button"
                className="btn btn-danger"
                disabled={erase.isPending}
                onClick={confirm}
              >
                {t.confirm}
              </button>
              <button
                type="button"
                className="btn btn-outline-secondary"
                autoFocus
                onClick={() => dialog.current?.close()}
              >
                {t.cancel}
              </button>
            </div>
          </>
        )}
      </dialog>
    </section>
  );
}
