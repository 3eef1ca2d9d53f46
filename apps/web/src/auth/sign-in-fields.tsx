import { type FormEvent, useState } from 'react';
import { type ApiProblem, problemOf } from '../api/problem';
import { ProblemAlert, TextField } from '../shell/fields';
import { authLabels as t } from './labels';

/**
 * Sends a sign-in form: `busy` while the request runs, the problem of the last failure until
 * the next try.
 */
export function useSignIn(send: () => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await send();
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setBusy(false);
    }
  }
  return { busy, problem, submit };
}

/**
 * The fields of the sign-in page and of the expired-session dialog: the general message, the
 * e-mail when `email` is given, and the password, each with its own problem+json message.
 */
export function SignInFields({
  problem,
  email,
  password,
  autoFocus,
}: {
  problem: ApiProblem | null;
  email?: { value: string; set: (value: string) => void };
  password: { value: string; set: (value: string) => void };
  autoFocus?: boolean;
}) {
  return (
    <>
      <ProblemAlert problem={problem && !problem.body.errors ? problem : null} />
      {email && (
        <TextField
          label={t.email}
          field="email"
          problem={problem}
          type="email"
          autoComplete="username"
          value={email.value}
          onChange={(e) => email.set(e.target.value)}
          required
        />
      )}
      <TextField
        label={t.password}
        field="password"
        problem={problem}
        type="password"
        autoComplete="current-password"
        value={password.value}
        onChange={(e) => password.set(e.target.value)}
        required={email ? true : undefined}
        autoFocus={autoFocus}
      />
    </>
  );
}
