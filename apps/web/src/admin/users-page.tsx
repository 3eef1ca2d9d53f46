import { useState } from 'react';
import { problemOf } from '../api/problem';
import { authLabels } from '../auth/labels';
import { type Role, useSession } from '../auth/session';
import { ProblemAlert } from '../shell/fields';
import { LoadError, Loading } from '../shell/layout';
import { adminLabels as t } from './labels';
import { openQueueBoard, type User, useChangeRole, useUsers } from './queries';

const ROLES: Role[] = ['admin', 'coordinator', 'tutor', 'consultant'];

/** Users and roles of the organisation, and the way into the queue dashboard. */
export function UsersPage() {
  const { user: me } = useSession();
  const users = useUsers();
  const change = useChangeRole();
  const [said, setSaid] = useState('');
  const [boardError, setBoardError] = useState<unknown>(null);

  const setRole = (user: User, role: Role) =>
    change.mutate({ id: user.id, role }, { onSuccess: () => setSaid(t.saved(user.displayName)) });

  return (
    <>
      <h1>{t.usersTitle}</h1>
      <p>{t.usersIntro}</p>
      <p role="status" className={said ? 'alert alert-success' : 'visually-hidden'}>
        {said}
      </p>
      <ProblemAlert problem={problemOf(change.error)} />
      {users.isPending && <Loading />}
      {users.error && <LoadError error={users.error} retry={() => users.refetch()} />}
      {users.data && (
        <div className="table-responsive">
          <table className="table">
            <caption className="visually-hidden">{t.usersTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.email}</th>
                <th scope="col">{t.role}</th>
                <th scope="col">{t.active}</th>
                <th scope="col">{t.lastLogin}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((user) => (
                <tr key={user.id}>
                  <th scope="row">{user.displayName}</th>
                  <td>{user.email}</td>
                  <td>
                    <select
                      aria-label={t.roleOf(user.displayName)}
                      className="form-select form-select-sm"
                      value={user.role}
                      disabled={user.id === me?.id || change.isPending}
                      onChange={(e) => setRole(user, e.target.value as Role)}
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {authLabels.roles[role]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{user.active ? t.yes : t.no}</td>
                  <td>
                    {user.lastLoginAt
                      ? new Date(user.lastLoginAt).toLocaleString('it-IT')
                      : t.never}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <section aria-labelledby="queues-title" className="mt-5">
        <h2 id="queues-title" className="h3">
          {t.queues}
        </h2>
        <p>{t.queuesIntro}</p>
        <ProblemAlert problem={problemOf(boardError)} />
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => openQueueBoard().catch(setBoardError)}
        >
          {t.openQueues}
        </button>
      </section>
    </>
  );
}
