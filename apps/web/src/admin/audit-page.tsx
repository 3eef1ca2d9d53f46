import { useState } from 'react';
import { LoadError, Loading } from '../shell/layout';
import { adminLabels as t } from './labels';
import { type AuditAction, type AuditFilter, useAudit, useUsers } from './queries';

const PAGE_SIZE = 25;

/** The audit log, newest first, by action and period. */
export function AuditPage() {
  const [action, setAction] = useState<AuditAction | ''>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState(1);
  const filter: AuditFilter = {
    page,
    pageSize: PAGE_SIZE,
    ...(action ? { action } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
  const audit = useAudit(filter);
  const users = useUsers();
  const nameOf = (id: string | null) => users.data?.find((u) => u.id === id)?.displayName;
  const pages = Math.max(1, Math.ceil((audit.data?.total ?? 0) / PAGE_SIZE));
  const reset =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };

  return (
    <>
      <h1>{t.auditTitle}</h1>
      <p>{t.auditIntro}</p>
      <div className="row g-3 mb-3">
        <div className="col-md-5">
          <div className="select-wrapper">
            <label htmlFor="audit-action">{t.action}</label>
            <select
              id="audit-action"
              value={action}
              onChange={(e) => reset(setAction)(e.target.value as AuditAction | '')}
            >
              <option value="">{t.all}</option>
              {(Object.keys(t.actions) as AuditAction[]).map((code) => (
                <option key={code} value={code}>
                  {t.actions[code]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="col-md-3">
          <label htmlFor="audit-from" className="form-label">
            {t.from}
          </label>
          <input
            id="audit-from"
            type="date"
            className="form-control"
            value={from}
            onChange={(e) => reset(setFrom)(e.target.value)}
          />
        </div>
        <div className="col-md-3">
          <label htmlFor="audit-to" className="form-label">
            {t.to}
          </label>
          <input
            id="audit-to"
            type="date"
            className="form-control"
            value={to}
            onChange={(e) => reset(setTo)(e.target.value)}
          />
        </div>
      </div>
      {audit.isPending && <Loading />}
      {audit.error && <LoadError error={audit.error} retry={() => audit.refetch()} />}
      {audit.data && (
        <>
          <p role="status">{t.total(audit.data.total)}</p>
          <div className="table-responsive">
            <table className="table table-sm">
              <caption className="visually-hidden">{t.auditTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.when}</th>
                  <th scope="col">{t.action}</th>
                  <th scope="col">{t.who}</th>
                  <th scope="col">{t.subject}</th>
                </tr>
              </thead>
              <tbody>
                {audit.data.items.map((entry) => (
                  <tr key={entry.id}>
                    <td>{new Date(entry.at).toLocaleString('it-IT')}</td>
                    <th scope="row">{t.actions[entry.action as AuditAction] ?? entry.action}</th>
                    <td>{nameOf(entry.actorUserId) ?? entry.actorRole ?? '–'}</td>
                    <td>
                      {entry.subjectType
                        ? `${t.subjects[entry.subjectType] ?? entry.subjectType} ${
                            (entry.subjectType === 'user' && nameOf(entry.subjectId)) ||
                            (entry.subjectId?.slice(0, 8) ?? '')
                          }`
                        : '–'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav aria-label={t.auditTitle} className="d-flex gap-2">
            <button
              type="button"
              className="btn btn-sm btn-outline-primary"
              disabled={page <= 1}
              onClick={() => setPage(page - 1)}
            >
              {t.previous}
            </button>
            <span className="align-self-center small">
              {page} / {pages}
            </span>
            <button
              type="button"
              className="btn btn-sm btn-outline-primary"
              disabled={page >= pages}
              onClick={() => setPage(page + 1)}
            >
              {t.next}
            </button>
          </nav>
        </>
      )}
    </>
  );
}
