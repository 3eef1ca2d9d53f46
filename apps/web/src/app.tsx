import type { ReactNode } from 'react';
import { lazy, Suspense, useEffect } from 'react';
import { LoginPage } from './auth/login-page';
import { PasswordDialog } from './auth/password-dialog';
import { type Area, mayUse, useSession } from './auth/session';
import { CaseloadPage } from './caseload/caseload-page';
import { CompaniesPage } from './companies/companies-page';
import { CompanyPage } from './companies/company-page';
import { QuotaCalculatorPage } from './companies/quota-calculator-page';
import { MatchesPage } from './matches/matches-page';
import { WhyPage } from './matches/why-page';
import { VacancyCandidatesPage } from './matches/vacancy-candidates-page';
import { PathwayPage } from './pathway/pathway-page';
import { PersonPage } from './person/person-page';
import { SearchPage } from './search/search-page';
import { ScoutingBoardPage } from './scouting/scouting-board-page';
import { TerritoryPage } from './scouting/territory-page';
import { VacanciesPage } from './vacancies/vacancies-page';
import { VacancyFormPage } from './vacancies/vacancy-form-page';
import { shellLabels } from './shell/labels';
import { Layout, Loading } from './shell/layout';
import { matchPath, navigate, useLocation } from './shell/router';

// The pages of editors, coordinators and admins (and Chart.js) load when first opened.
const named = <K extends string>(load: () => Promise<Record<K, () => ReactNode>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));
const BulletinPage = named(() => import('./bulletin/bulletin-page'), 'BulletinPage');
const ContentsPage = named(() => import('./bulletin/contents-page'), 'ContentsPage');
const EditionPage = lazy(async () => ({
  default: (await import('./bulletin/edition-page')).EditionPage,
}));
const CoordinationPage = named(
  () => import('./coordination/coordination-page'),
  'CoordinationPage',
);
const UsersPage = named(() => import('./admin/users-page'), 'UsersPage');
const AuditPage = named(() => import('./admin/audit-page'), 'AuditPage');
const ReportsPage = named(() => import('./reports/reports-page'), 'ReportsPage');

type Page = {
  pattern: string;
  area: Area;
  render: (p: Record<string, string>) => ReactNode;
  title: string;
};

const PAGES: Page[] = [
  {
    pattern: '/persone',
    area: 'caseload',
    title: 'Le mie persone',
    render: () => <CaseloadPage />,
  },
  {
    pattern: '/persone/nuova',
    area: 'person',
    title: 'Nuova persona',
    render: () => <PersonPage />,
  },
  {
    pattern: '/persone/:id',
    area: 'person',
    title: 'Scheda della persona',
    render: (p) => <PersonPage id={p.id} />,
  },
  {
    pattern: '/persone/:id/abbinamenti',
    area: 'matches',
    title: 'Abbinamenti',
    render: (p) => <MatchesPage candidateId={p.id!} />,
  },
  {
    pattern: '/persone/:id/abbinamenti/:vacancyId',
    area: 'matches',
    title: 'Perché sì, perché no',
    render: (p) => <WhyPage candidateId={p.id!} vacancyId={p.vacancyId!} />,
  },
  {
    pattern: '/persone/:id/percorso',
    area: 'pathway',
    title: 'Percorso',
    render: (p) => <PathwayPage candidateId={p.id!} />,
  },
  {
    pattern: '/offerte/:id/candidati',
    area: 'matches',
    title: 'Persone adatte all’offerta',
    render: (p) => <VacancyCandidatesPage vacancyId={p.id!} />,
  },
  { pattern: '/ricerca', area: 'search', title: 'Ricerca', render: () => <SearchPage /> },
  // Company consultants: companies and Law 68, scouting, vacancies.
  { pattern: '/aziende', area: 'companies', title: 'Aziende', render: () => <CompaniesPage /> },
  {
    pattern: '/aziende/:id',
    area: 'companies',
    title: 'Scheda dell’azienda',
    render: (p) => <CompanyPage id={p.id!} />,
  },
  {
    pattern: '/calcolo-quota',
    area: 'companies',
    title: 'Calcolo della quota',
    render: () => <QuotaCalculatorPage />,
  },
  {
    pattern: '/scouting',
    area: 'scouting',
    title: 'Scouting delle aziende',
    render: () => <ScoutingBoardPage />,
  },
  {
    pattern: '/territorio',
    area: 'scouting',
    title: 'Territorio',
    render: () => <TerritoryPage />,
  },
  { pattern: '/offerte', area: 'vacancies', title: 'Offerte', render: () => <VacanciesPage /> },
  {
    pattern: '/offerte/nuova',
    area: 'vacancies',
    title: 'Nuova offerta',
    render: () => <VacancyFormPage />,
  },
  {
    pattern: '/offerte/:id',
    area: 'vacancies',
    title: 'Offerta',
    render: (p) => <VacancyFormPage id={p.id!} />,
  },
  { pattern: '/redazione', area: 'bulletin', title: 'Bollettino', render: () => <BulletinPage /> },
  {
    pattern: '/redazione/contenuti',
    area: 'bulletin',
    title: 'Contenuti del bollettino',
    render: () => <ContentsPage />,
  },
  {
    pattern: '/redazione/edizioni/:id',
    area: 'bulletin',
    title: 'Edizione del bollettino',
    render: (p) => <EditionPage id={p.id!} />,
  },
  {
    pattern: '/coordinamento',
    area: 'coordination',
    title: 'Coordinamento',
    render: () => <CoordinationPage />,
  },
  {
    pattern: '/utenti',
    area: 'administration',
    title: 'Utenti e ruoli',
    render: () => <UsersPage />,
  },
  {
    pattern: '/registro',
    area: 'audit',
    title: 'Registro degli accessi',
    render: () => <AuditPage />,
  },
  {
    pattern: '/rendicontazione',
    area: 'caseload',
    title: 'Rendicontazione',
    render: () => <ReportsPage />,
  },
];

export function App() {
  const session = useSession();
  const { pathname } = useLocation();
  const user = session.user;
  const home = mayUse(user, 'caseload')
    ? '/persone'
    : mayUse(user, 'administration')
      ? '/utenti'
      : '/ricerca';
  const found = PAGES.map((page) => ({ page, params: matchPath(page.pattern, pathname) })).find(
    (m) => m.params,
  );

  useEffect(() => {
    if (user && pathname === '/') navigate(home);
  }, [user, pathname, home]);
  useEffect(() => {
    document.title = `${found?.page.title ?? shellLabels.product} – Incrocio`;
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [found?.page.title, pathname]);

  if (!user) return <LoginPage />;
  let content: ReactNode;
  if (!found) content = pathname === '/' ? null : <h1>{shellLabels.notFound}</h1>;
  else if (!mayUse(user, found.page.area)) content = <p>{shellLabels.notAllowed}</p>;
  else content = found.page.render(found.params!);
  return (
    <>
      <Layout>
        <Suspense fallback={<Loading />}>{content}</Suspense>
      </Layout>
      <PasswordDialog />
    </>
  );
}
