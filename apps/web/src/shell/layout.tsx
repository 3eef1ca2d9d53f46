import type { ReactNode } from 'react';
import { authLabels } from '../auth/labels';
import { mayUse, useSession } from '../auth/session';
import { shellLabels as t } from './labels';
import { Link, useLocation } from './router';

/** Header with the menu of the signed-in role, and the page. */
export function Layout({ children }: { children: ReactNode }) {
  const { user, logout } = useSession();
  const path = useLocation().pathname;
  const items: Array<{ href: string; label: string }> = [];
  if (mayUse(user, 'caseload')) items.push({ href: '/persone', label: t.nav.caseload });
  if (mayUse(user, 'person')) items.push({ href: '/persone/nuova', label: t.nav.newPerson });
  if (mayUse(user, 'search')) items.push({ href: '/ricerca', label: t.nav.search });
  if (mayUse(user, 'companies'))
    items.push(
      { href: '/aziende', label: t.nav.companies },
      { href: '/calcolo-quota', label: t.nav.quotaCalculator },
    );
  if (mayUse(user, 'vacancies')) items.push({ href: '/offerte', label: t.nav.vacancies });
  if (mayUse(user, 'scouting'))
    items.push(
      { href: '/scouting', label: t.nav.scouting },
      { href: '/territorio', label: t.nav.territory },
    );
  if (mayUse(user, 'bulletin')) items.push({ href: '/redazione', label: t.nav.bulletin });
  if (mayUse(user, 'coordination'))
    items.push({ href: '/coordinamento', label: t.nav.coordination });
  if (mayUse(user, 'coordination')) items.push({ href: '/rendicontazione', label: t.nav.reports });
  if (mayUse(user, 'administration')) items.push({ href: '/utenti', label: t.nav.users });
  if (mayUse(user, 'audit')) items.push({ href: '/registro', label: t.nav.audit });
  const current = (href: string) =>
    href === '/persone' || href === '/scouting' ? path === href : path.startsWith(href);

  return (
    <>
      <a className="visually-hidden-focusable skiplink-item" href="#main">
        {t.skipToContent}
      </a>
      <header className="incrocio-header">
        <div className="container d-flex flex-wrap align-items-center justify-content-between gap-2 py-2">
          <Link href="/" className="incrocio-brand">
            <span className="h4 mb-0 d-block">{t.product}</span>
            <span className="small">{t.tagline}</span>
          </Link>
          {user && (
            <div className="d-flex align-items-center gap-3 small">
              <span>
                {user.displayName} · {authLabels.roles[user.role]}
              </span>
              <button type="button" className="btn btn-sm btn-outline-light" onClick={logout}>
                {authLabels.logout}
              </button>
            </div>
          )}
        </div>
        {items.length > 0 && (
          <nav aria-label={t.menu} className="incrocio-nav">
            <ul className="container list-unstyled d-flex flex-wrap gap-1 mb-0">
              {items.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} aria-current={current(item.href) ? 'page' : undefined}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1} className="container py-4">
        {children}
      </main>
    </>
  );
}

export function Loading() {
  return (
    <p role="status" className="text-muted">
      {t.loading}
    </p>
  );
}

export function LoadError({ error, retry }: { error: unknown; retry?: () => void }) {
  return (
    <div className="alert alert-danger" role="alert">
      {error instanceof Error ? error.message : t.loadFailed}{' '}
      {retry && (
        <button type="button" className="btn btn-link p-0 align-baseline" onClick={retry}>
          {t.retry}
        </button>
      )}
    </div>
  );
}
