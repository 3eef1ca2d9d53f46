import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button } from 'design-react-kit';
import { type ApiProblem, problemOf } from '../api/problem';
import { ProblemAlert, TextField } from '../shell/fields';
import { authLabels as t } from './labels';
import { useSession } from './session';

/** Opens over the page when the token expires; the page below keeps what was typed. */
export function PasswordDialog() {
  const session = useSession();
  const dialog = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  useEffect(() => {
    if (session.renewing && !dialog.current?.open) dialog.current?.showModal();
    if (!session.renewing && dialog.current?.open) dialog.current.close();
  }, [session.renewing]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await session.renew(password);
      setPassword('');
      setProblem(null);
    } catch (error) {
      setProblem(problemOf(error));
    }
  }

  return (
    <dialog
      ref={dialog}
      className="incrocio-dialog"
      aria-labelledby="expired-title"
      onCancel={(e) => e.preventDefault()}
    >
      <form onSubmit={submit}>
        <h2 id="expired-title" className="h4">
          {t.expiredTitle}
        </h2>
        <p>{t.expiredText}</p>
        <ProblemAlert problem={problem && !problem.body.errors ? problem : null} />
        <TextField
          label={t.password}
          field="password"
          problem={problem}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoFocus
        />
        <div className="d-flex gap-2 flex-wrap">
          <Button color="primary" type="submit">
            {t.expiredSubmit}
          </Button>
          <Button color="secondary" outline type="button" onClick={session.giveUp}>
            {t.expiredCancel}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
