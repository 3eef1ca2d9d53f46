/** Italian labels of the coordinator's pages. */
export const coordinationLabels = {
  title: 'Coordinamento',
  team: 'Il carico del gruppo',
  teamIntro: (days: number) =>
    `Persone in carico per tutor; “ferme” sono quelle senza novità da più di ${days} giorni (esclusi chi lavora e i percorsi chiusi).`,
  chartLabel:
    'Grafico delle persone in carico e ferme per tutor; gli stessi dati sono nella tabella.',
  tutor: 'Tutor',
  people: 'Persone in carico',
  stalled: 'Ferme',
  unassigned: 'Senza tutor',
  privacy: 'Diritti sui dati personali (GDPR)',
  privacyIntro:
    'Esporta tutti i dati di una persona (art. 15 e 20) o cancellali su sua richiesta (art. 17). Ogni operazione è registrata.',
  search: 'Cerca una persona per nome o cognome',
  person: 'Persona',
  lastActivity: 'Ultima novità',
  actions: 'Azioni',
  export: (name: string) => `Esporta i dati di ${name}`,
  exportShort: 'Esporta',
  erase: (name: string) => `Cancella i dati di ${name}`,
  eraseShort: 'Cancella',
  confirmTitle: (name: string) => `Cancellare i dati di ${name}?`,
  confirmIntro: (name: string, born: string) =>
    `Stai per cancellare in modo definitivo, su richiesta della persona, i dati di ${name} (nata/o il ${born}):`,
  willErase: [
    'anagrafica, codice fiscale, contatti e indirizzo;',
    'dati particolari sigillati (salute, disabilità, giustizia, asilo, violenza);',
    'competenze, esperienze, disponibilità e chi l’ha inviata;',
    'percorso: proposte, note, colloqui ed esiti con i loro commenti;',
    'iscrizione al bollettino e abbinamenti personali.',
  ],
  willKeep:
    'Restano solo i conteggi anonimi che servono alle statistiche (per esempio il tipo di contratto e l’anno di un’assunzione). L’operazione non si può annullare.',
  confirm: 'Cancella definitivamente',
  cancel: 'Annulla',
  erased: (name: string) => `I dati di ${name} sono stati cancellati.`,
  none: 'Nessuna persona trovata.',
  days: (n: number) => (n === 0 ? 'oggi' : n === 1 ? 'ieri' : `${n} giorni fa`),
} as const;
