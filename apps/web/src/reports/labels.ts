/** Italian labels of the funder reports page (one place, for the language review). */
export const reportsLabels = {
  title: 'Rendicontazione',
  intro:
    'I numeri da dare ai finanziatori: per un progetto o per tutta l’organizzazione, nel periodo scelto.',
  project: 'Progetto',
  wholeOrganisation: 'Tutta l’organizzazione',
  from: 'Dal',
  to: 'Al',
  external: 'Come esce dall’organizzazione (conteggi piccoli oscurati)',
  figure: 'Indicatore',
  value: 'Valore',
  target: 'Obiettivo',
  progress: '% dell’obiettivo',
  suppressed: 'n.d.',
  download: 'Scarica',
  xlsx: 'Excel (XLSX)',
  csv: 'CSV',
  print: 'Versione stampabile',
  choosePeriod: 'Indica il periodo per tutta l’organizzazione.',
  women: (share: number) =>
    `Donne: ${share.toLocaleString('it-IT')}% delle persone prese in carico`,
} as const;
