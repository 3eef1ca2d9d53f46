/** Italian labels of the scouting pages (board, activities, territory map, priority list). */
export const scoutingLabels = {
  boardTitle: 'Scouting delle aziende',
  boardIntro:
    'Trascina un’azienda da una fase all’altra, oppure scegli la fase con “Sposta in” e premi Sposta: ogni spostamento resta nello storico dell’azienda.',
  boardLabel: 'Fasi dello scouting',
  uncovered: (n: number | null) =>
    n === null ? 'Posizione L. 68 non nota' : `${n} posti scoperti`,
  kmZeroBadge: 'km zero',
  moveTo: (name: string) => `Sposta ${name} in`,
  move: 'Sposta',
  moveAria: (name: string) => `Sposta ${name}`,
  moved: (name: string, stage: string) => `${name} è ora nella fase “${stage}”.`,
  emptyStage: 'Nessuna azienda',
  nextActions: {
    title: 'Azioni successive',
    none: 'Nessuna azione in sospeso.',
    due: (date: string, overdue: boolean) => (overdue ? `scaduta il ${date}` : `entro il ${date}`),
    done: 'Fatta',
    doneAria: (action: string, company: string) => `Segna come fatta: ${action} (${company})`,
  },
  activity: {
    title: 'Registra un contatto',
    company: 'Azienda',
    chooseCompany: 'Scegli un’azienda',
    kind: 'Tipo di contatto',
    kinds: [
      ['CALL', 'Telefonata'],
      ['VISIT', 'Visita'],
      ['CONSULTANCY', 'Consulenza'],
      ['EMAIL', 'E-mail'],
      ['MEETING', 'Incontro'],
    ] as const,
    topic: 'Argomento',
    topics: [
      ['L68_RULES', 'Regole della L. 68'],
      ['PROCESSES', 'Processi di selezione'],
      ['TOOLS', 'Strumenti e incentivi'],
      ['INTERNSHIP', 'Tirocini'],
      ['HIRING', 'Assunzioni'],
      ['CONVENTION', 'Convenzioni'],
      ['KM_ZERO', 'Lavoro a km zero'],
      ['OTHER', 'Altro'],
    ] as const,
    occurredOn: 'Data',
    notes: 'Note (senza dati personali delle persone in carico)',
    nextAction: 'Azione successiva',
    nextActionDue: 'Entro il',
    submit: 'Registra il contatto',
    saved: 'Contatto registrato.',
  },
  activities: {
    title: 'Ultimi contatti',
    none: 'Nessun contatto registrato.',
  },
  territory: {
    title: 'Territorio',
    intro:
      'Sulla mappa le aziende con posti scoperti (L. 68) e le attività di quartiere per il lavoro a km zero; la tabella sotto la mappa elenca gli stessi punti.',
    mapLabel: 'Mappa delle aziende con posti scoperti e delle attività a km zero',
    noTiles: 'Mappa di base non configurata: sono mostrati solo i punti.',
    legendUncovered: 'Azienda con posti scoperti',
    legendKmZero: 'Attività a km zero',
    markersCaption: 'Punti della mappa',
    columns: {
      name: 'Azienda',
      kind: 'Tipo',
      place: 'Sede',
      uncovered: 'Posti scoperti',
    },
    none: 'Nessun punto da mostrare.',
  },
  kmZero: {
    title: 'Attività a km zero vicine',
    municipality: 'Vicino al comune',
    radius: 'Raggio (km)',
    none: 'Nessuna attività a km zero nel raggio.',
    distance: (km: number) => `${km.toLocaleString('it-IT', { maximumFractionDigits: 1 })} km`,
    openVacancies: (n: number) => `${n} offerte a km zero aperte`,
  },
  priorities: {
    title: 'Priorità di visita',
    intro:
      'Aziende con posti scoperti, ordinate per persone iscritte al collocamento mirato che vivono vicino e sono adatte al settore (solo conteggi).',
    csv: 'Scarica la lista (CSV)',
    none: 'Nessuna azienda con posti scoperti.',
    columns: {
      rank: 'N.',
      name: 'Azienda',
      place: 'Comune',
      sector: 'Settore',
      uncovered: 'Posti scoperti',
      nearby: 'Iscritti vicini',
      fitting: 'Adatti al settore',
      stage: 'Fase',
    },
  },
} as const;

/** The pipeline stages as the API names them (for lists that carry only the code). */
export const STAGE_LABELS: Record<string, string> = {
  TO_CONTACT: 'Da contattare',
  CONTACTED: 'Contattata',
  CONSULTANCY: 'Consulenza in corso',
  AGREEMENT: 'Convenzione o tirocinio concordati',
  HIRING: 'Assunzione in corso',
  OBLIGATION_MET: 'Obbligo assolto',
};
