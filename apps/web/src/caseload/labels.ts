/** Italian labels of "Le mie persone". */
export const caseloadLabels = {
  title: 'Le mie persone',
  titleCoordinator: 'Persone in carico',
  intro:
    'Le persone che segui: a che punto è il percorso, cosa fare e entro quando, da quanto non succede nulla.',
  search: 'Cerca per nome, cognome o codice fiscale',
  status: 'Stato del percorso',
  anyStatus: 'Tutti gli stati',
  onlyMine: 'Solo le persone assegnate a me',
  onlyStalled: 'Solo i casi fermi',
  stalledAfter: 'Caso fermo dopo (giorni senza novità)',
  columns: {
    name: 'Persona',
    municipality: 'Comune',
    status: 'Stato',
    italian: 'Italiano',
    nextAction: 'Prossima azione',
    lastUpdate: 'Ultima novità',
    actions: 'Azioni',
  },
  daysAgo: (days: number) => (days === 0 ? 'oggi' : days === 1 ? 'ieri' : `${days} giorni fa`),
  stalled: 'Fermo',
  noAction: '—',
  due: (date: string, overdue: boolean) => (overdue ? `scaduta il ${date}` : `entro il ${date}`),
  newMatches: (n: number) => (n === 1 ? '1 nuovo' : `${n} nuovi`),
  newMatchesLong: (n: number) =>
    n === 1
      ? '1 abbinamento nuovo dall’ultima visita'
      : `${n} abbinamenti nuovi dall’ultima visita`,
  matches: 'Abbinamenti',
  pathway: 'Percorso',
  profile: 'Scheda',
  newPerson: 'Prendi in carico una nuova persona',
  empty: 'Nessuna persona corrisponde ai filtri.',
  count: (shown: number, total: number) => {
    const people = (n: number) => (n === 1 ? '1 persona' : `${n} persone`);
    return shown === total ? people(total) : `${people(shown)} mostrate su ${total}`;
  },
} as const;

export const PATHWAY_STATUS_LABELS = {
  IN_CHARGE: 'Presa in carico',
  ORIENTATION: 'Orientamento',
  TRAINING: 'Formazione',
  INTERNSHIP: 'Tirocinio',
  EMPLOYED: 'Occupato',
  CLOSED: 'Percorso chiuso',
} as const;
