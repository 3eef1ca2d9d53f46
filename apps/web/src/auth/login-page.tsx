import { type FormEvent, useState } from 'react';
import { Button } from 'design-react-kit';
import { type ApiProblem, problemOf } from '../api/problem';
import { ProblemAlert, TextField } from '../shell/fields';
import { authLabels as t } from './labels';
import { useSession } from './session';

export function LoginPage() {
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await session.login({ email, password });
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" className="container my-5" style={{ maxWidth: 480 }}>
      <h1 className="h2">{t.title}</h1>
      <p>{t.intro}</p>
      <form onSubmit={submit} noValidate>
        <ProblemAlert problem={problem && !problem.body.errors ? problem : null} />
        <TextField
          label={t.email}
          field="email"
          problem={problem}
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          required
        />
        <TextField
          label={t.password}
          field="password"
          problem={problem}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        <Button color="primary" type="submit" disabled={busy}>
          {busy ? t.signingIn : t.submit}
        </Button>
      </form>
    </main>
  );
}
