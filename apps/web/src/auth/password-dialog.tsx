import { useEffect, useRef, useState } from 'react';
import { Button } from 'design-react-kit';
import { authLabels as t } from './labels';
import { useSession } from './session';
import { SignInFields, useSignIn } from './sign-in-fields';

/** Opens over the page when the token expires; the page below keeps what was typed. */
export function PasswordDialog() {
  const session = useSession();
  const dialog = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState('');

  useEffect(() => {
    if (session.renewing && !dialog.current?.open) dialog.current?.showModal();
    if (!session.renewing && dialog.current?.open) dialog.current.close();
  }, [session.renewing]);

  const { problem, submit } = useSignIn(async () => {
    await session.renew(password);
    setPassword('');
  });

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
        <SignInFields
          problem={problem}
          password={{ value: password, set: setPassword }}
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
