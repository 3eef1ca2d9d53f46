/** Italian labels of the frame around every page. */
export const shellLabels = {
  skipToContent: 'Vai al contenuto',
  product: 'Incrocio',
  tagline: 'Incontro tra domanda e offerta di lavoro',
  menu: 'Menu principale',
  nav: {
    caseload: 'Le mie persone',
    newPerson: 'Nuova persona',
    search: 'Ricerca',
    companies: 'Aziende',
    quotaCalculator: 'Calcolo quota',
    vacancies: 'Offerte',
    scouting: 'Scouting',
    territory: 'Territorio',
  },
  notFound: 'Pagina non trovata',
  notAllowed: 'Questa pagina non è disponibile per il tuo ruolo.',
  loading: 'Caricamento…',
  loadFailed: 'Non è stato possibile caricare i dati.',
  retry: 'Riprova',
  signedInAs: 'Accesso come',
} as const;
