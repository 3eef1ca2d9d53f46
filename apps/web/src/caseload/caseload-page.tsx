import { useDeferredValue, useState } from 'react';
import { useSession } from '../auth/session';
import { Link } from '../shell/router';
import { FilterBar, FilterCheck, FilterInput, FilterSelect } from '../shell/filters';
import { LoadError, Loading } from '../shell/layout';
import { caseloadLabels as t, PATHWAY_STATUS_LABELS } from './labels';
import {
  type CaseloadFilter,
  type CaseloadItem,
  useCaseload,
  useMunicipalityNames,
} from './queries';

const DAY = 24 * 3600 * 1000;
const STALLED_KEY = 'incrocio.stalledAfterDays';
/** People at work or whose pathway is closed are not waiting for anything: never "stalled". */
const SETTLED: readonly string[] = ['EMPLOYED', 'CLOSED'];

function daysSince(iso: string): number {
  return Math.max(0, Math.floor((Date.now() - new Date(iso).getTime()) / DAY));
}

function NextActionCell({ action }: { action: NonNullable<CaseloadItem['nextAction']> }) {
  const overdue = new Date(action.dueAt).getTime() < Date.now();
  return (
    <>
      <span className="d-block">{action.label}</span>
      <span className="d-block small">{action.vacancyTitle}</span>
      <span className={`d-block small fw-semibold${overdue ? ' text-danger' : ''}`}>
        {t.due(new Date(action.dueAt).toLocaleDateString('it-IT'), overdue)}
      </span>
    </>
  );
}

export function CaseloadPage() {
  const { user } = useSession();
  const [text, setText] = useState('');
  const q = useDeferredValue(text.trim());
  const [status, setStatus] = useState<CaseloadFilter['pathwayStatus'] | ''>('');
  const [onlyMine, setOnlyMine] = useState(user?.role === 'tutor');
  const [onlyStalled, setOnlyStalled] = useState(false);
  const [stalledAfter, setStalledAfter] = useState(
    () => Number(localStorage.getItem(STALLED_KEY)) || 30,
  );

  const filter: CaseloadFilter = {
    pageSize: 100,
    sort: 'lastName',
    ...(q.length >= 2 ? { q } : {}),
    ...(status ? { pathwayStatus: status } : {}),
    ...(onlyMine ? { assignedToMe: true } : {}),
  };
  const caseload = useCaseload(filter);
  const names = useMunicipalityNames(
    caseload.data?.items.map((c) => c.home.municipalityCode) ?? [],
  );
  const rows = (caseload.data?.items ?? [])
    .map((person) => ({ person, days: daysSince(person.lastActivityAt) }))
    .map((row) => ({
      ...row,
      stalled: row.days >= stalledAfter && !SETTLED.includes(row.person.pathwayStatus),
    }))
    .filter((row) => !onlyStalled || row.stalled);

  return (
    <>
      <div className="d-flex flex-wrap justify-content-between align-items-start gap-2 mb-3">
        <div>
          <h1>{user?.role === 'coordinator' ? t.titleCoordinator : t.title}</h1>
          <p className="lead">{t.intro}</p>
        </div>
        <Link href="/persone/nuova" className="btn btn-primary">
          {t.newPerson}
        </Link>
      </div>
      <FilterBar role="search">
        <FilterInput
          id="caseload-search"
          className="col-12 col-md-5"
          label={t.search}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <FilterSelect
          id="caseload-status"
          className="col-12 col-md-3"
          label={t.status}
          anyLabel={t.anyStatus}
          options={Object.entries(PATHWAY_STATUS_LABELS)}
          value={status}
          onChange={(e) => setStatus(e.target.value as CaseloadFilter['pathwayStatus'] | '')}
        />
        <FilterInput
          id="caseload-stalled-days"
          className="col-12 col-md-4"
          label={t.stalledAfter}
          type="number"
          min={1}
          max={365}
          value={stalledAfter}
          onChange={(e) => {
            const days = Math.max(1, Number(e.target.value) || 1);
            setStalledAfter(days);
            localStorage.setItem(STALLED_KEY, String(days));
          }}
        />
        <div className="col-12 d-flex flex-wrap gap-4">
          <FilterCheck
            id="caseload-mine"
            label={t.onlyMine}
            checked={onlyMine}
            onChange={setOnlyMine}
          />
          <FilterCheck
            id="caseload-only-stalled"
            label={t.onlyStalled}
            checked={onlyStalled}
            onChange={setOnlyStalled}
          />
        </div>
      </FilterBar>
      {caseload.isPending && <Loading />}
      {caseload.error && <LoadError error={caseload.error} retry={() => caseload.refetch()} />}
      {caseload.data && (
        <>
          <p aria-live="polite">{t.count(rows.length, caseload.data.total)}</p>
          {rows.length === 0 ? (
            <p>{t.empty}</p>
          ) : (
            <div className="table-responsive">
              <table className="table caseload-table">
                <thead>
                  <tr>
                    <th scope="col">{t.columns.name}</th>
                    <th scope="col">{t.columns.municipality}</th>
                    <th scope="col">{t.columns.status}</th>
                    <th scope="col" className="d-none d-md-table-cell">
                      {t.columns.italian}
                    </th>
                    <th scope="col">{t.columns.nextAction}</th>
                    <th scope="col">{t.columns.lastUpdate}</th>
                    <th scope="col">{t.columns.actions}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(({ person, days, stalled }) => (
                    <tr key={person.id}>
                      <th scope="row">
                        <Link href={`/persone/${person.id}`}>
                          {person.lastName} {person.firstName}
                        </Link>
                      </th>
                      <td>
                        {names.data?.get(person.home.municipalityCode)?.name ??
                          person.home.municipalityCode}
                      </td>
                      <td>{PATHWAY_STATUS_LABELS[person.pathwayStatus]}</td>
                      <td className="d-none d-md-table-cell">
                        {person.italianLevel.replace('_', '-')}
                      </td>
                      <td>
                        {person.nextAction ? (
                          <NextActionCell action={person.nextAction} />
                        ) : (
                          t.noAction
                        )}
                      </td>
                      <td>
                        {t.daysAgo(days)}{' '}
                        {stalled && <span className="badge bg-warning text-dark">{t.stalled}</span>}
                      </td>
                      <td>
                        <div className="d-flex flex-wrap gap-2">
                          <Link
                            href={`/persone/${person.id}/abbinamenti`}
                            aria-label={`${t.matches}: ${person.firstName} ${person.lastName}`}
                          >
                            {t.matches}
                          </Link>
                          {person.newMatches > 0 && (
                            <span
                              className="badge bg-primary align-self-center"
                              title={t.newMatchesLong(person.newMatches)}
                            >
                              <span aria-hidden="true">{t.newMatches(person.newMatches)}</span>
                              <span className="visually-hidden">
                                {' '}
                                {t.newMatchesLong(person.newMatches)}
                              </span>
                            </span>
                          )}
                          <Link
                            href={`/persone/${person.id}/percorso`}
                            aria-label={`${t.pathway}: ${person.firstName} ${person.lastName}`}
                          >
                            {t.pathway}
                          </Link>
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
