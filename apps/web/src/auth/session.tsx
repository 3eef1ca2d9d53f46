import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
} from 'react';
import { api, type Body, unwrap, useTokenSource } from '../api/client';
import type { components } from '../api/schema';

export type Role = 'admin' | 'coordinator' | 'tutor' | 'consultant';

interface LoginView {
  accessToken: string;
  expiresIn: number;
  user: { id: string; displayName: string; role: Role; organisationId: string };
}
export type SignedInUser = LoginView['user'] & { email: string };

interface Session {
  user: SignedInUser | null;
  login(credentials: components['schemas']['LoginDto']): Promise<void>;
  logout(): void;
  /** True while the password dialog is open after an expired token. */
  renewing: boolean;
  renew(password: string): Promise<void>;
  giveUp(): void;
}

const STORAGE = 'incrocio.session';
const SessionContext = createContext<Session | null>(null);

/**
 * The signed-in user and the token, kept for this browser tab only (sessionStorage): closing the tab
 * signs out, a reload does not. An expired token opens a password dialog instead of a login page.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const stored = sessionStorage.getItem(STORAGE);
  const [state, setState] = useState<{ token: string; user: SignedInUser } | null>(
    stored ? JSON.parse(stored) : null,
  );
  const tokenRef = useRef(state?.token ?? null);
  const [renewing, setRenewing] = useState(false);
  const waiting = useRef<Array<(token: string | null) => void>>([]);

  const save = useCallback((next: { token: string; user: SignedInUser } | null) => {
    tokenRef.current = next?.token ?? null;
    if (next) sessionStorage.setItem(STORAGE, JSON.stringify(next));
    else sessionStorage.removeItem(STORAGE);
    setState(next);
  }, []);

  const signIn = useCallback(
    async ({ email, password }: { email: string; password: string }) => {
      const result = await unwrap<Body<'/api/auth/login', 'post'>>(
        api.POST('/api/auth/login', { body: { email, password } }),
      );
      save({ token: result.accessToken, user: { ...result.user, email } });
    },
    [save],
  );

  useTokenSource({
    token: () => tokenRef.current,
    renew: () => {
      if (!tokenRef.current) return Promise.resolve(null);
      setRenewing(true);
      return new Promise((resolve) => waiting.current.push(resolve));
    },
  });

  const settle = (token: string | null) => {
    setRenewing(false);
    waiting.current.splice(0).forEach((resolve) => resolve(token));
  };

  const session = useMemo<Session>(
    () => ({
      user: state?.user ?? null,
      login: signIn,
      logout: () => save(null),
      renewing,
      async renew(password) {
        await signIn({ email: state!.user.email, password });
        settle(tokenRef.current);
      },
      giveUp() {
        save(null);
        settle(null);
      },
    }),
    [state, renewing, signIn, save],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('SessionProvider mancante');
  return session;
}

/** The roles that may use each area, as the API's guards decide (the menu shows only these). */
export const AREA_ROLES = {
  caseload: ['coordinator', 'tutor'],
  person: ['coordinator', 'tutor'],
  matches: ['coordinator', 'tutor', 'consultant'],
  pathway: ['coordinator', 'tutor'],
  search: ['coordinator', 'tutor', 'consultant', 'admin'],
  bulletin: ['coordinator', 'tutor'],
  coordination: ['coordinator'],
  audit: ['coordinator', 'admin'],
  administration: ['admin'],
  // Company consultants' areas (the API lets admins in too; their console is administration).
  companies: ['coordinator', 'consultant'],
  scouting: ['coordinator', 'consultant'],
  vacancies: ['coordinator', 'consultant'],
} as const satisfies Record<string, readonly Role[]>;
export type Area = keyof typeof AREA_ROLES;

export function mayUse(user: SignedInUser | null, area: Area): boolean {
  return !!user && (AREA_ROLES[area] as readonly Role[]).includes(user.role);
}
