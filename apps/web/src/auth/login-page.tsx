import { useState } from 'react';
import { Button } from 'design-react-kit';
import { authLabels as t } from './labels';
import { useSession } from './session';
import { SignInFields, useSignIn } from './sign-in-fields';

export function LoginPage() {
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, problem, submit } = useSignIn(() => session.login({ email, password }));

  return (
    <main id="main" className="container my-5" style={{ maxWidth: 480 }}>
      <h1 className="h2">{t.title}</h1>
      <p>{t.intro}</p>
      <form onSubmit={submit} noValidate>
        <SignInFields
          problem={problem}
          email={{ value: email, set: setEmail }}
          password={{ value: password, set: setPassword }}
        />
        <Button color="primary" type="submit" disabled={busy}>
          {busy ? t.signingIn : t.submit}
        </Button>
      </form>
    </main>
  );
}
