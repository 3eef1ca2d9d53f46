/** Italian labels of "Le mie persone". */
export const caseloadLabels = {
  title: 'Le mie persone',
  titleCoordinator: 'Persone in carico',
  intro: 'Le persone che segui, con lo stato del percorso e da quanto tempo la scheda non cambia.',
  search: 'Cerca per nome, cognome o codice fiscale',
  status: 'Stato del percorso',
  anyStatus: 'Tutti gli stati',
  onlyMine: 'Solo le persone assegnate a me',
  onlyStalled: 'Solo i casi fermi',
  stalledAfter: 'Caso fermo dopo (giorni senza aggiornamenti)',
  columns: {
    name: 'Persona',
    municipality: 'Comune',
    status: 'Stato',
    italian: 'Italiano',
    lastUpdate: 'Ultimo aggiornamento',
    actions: 'Azioni',
  },
  daysAgo: (days: number) => (days === 0 ? 'oggi' : days === 1 ? 'ieri' : `${days} giorni fa`),
  stalled: 'Fermo',
  matches: 'Abbinamenti',
  pathway: 'Percorso',
  profile: 'Scheda',
  newPerson: 'Prendi in carico una nuova persona',
  empty: 'Nessuna persona corrisponde ai filtri.',
  count: (shown: number, total: number) =>
    shown === total ? `${total} persone` : `${shown} persone mostrate su ${total}`,
} as const;

export const PATHWAY_STATUS_LABELS = {
  IN_CHARGE: 'Presa in carico',
  ORIENTATION: 'Orientamento',
  TRAINING: 'Formazione',
  INTERNSHIP: 'Tirocinio',
  EMPLOYED: 'Occupato',
  CLOSED: 'Percorso chiuso',
} as const;
