/**
 * The text a subscriber agrees to, versioned: the consent record keeps the version, so the exact
 * words shown can always be told. A new wording gets a new version; old ones stay listed here.
 */
export const CONSENT_TEXTS = {
  '2026-11': [
    'Acconsento a ricevere ogni settimana, per e-mail, il Bollettino lavoro e formazione delle aree',
    'che ho scelto, con offerte di lavoro, corsi e servizi utili. Il mio indirizzo e le mie scelte',
    'sono usati solo per inviarmi il bollettino; posso annullare l’iscrizione in ogni momento con il',
    'link presente in ogni messaggio.',
  ].join(' '),
} as const;

export type ConsentTextVersion = keyof typeof CONSENT_TEXTS;

export const CURRENT_CONSENT_VERSION: ConsentTextVersion = '2026-11';

export function isConsentTextVersion(value: string): value is ConsentTextVersion {
  return Object.hasOwn(CONSENT_TEXTS, value);
}
