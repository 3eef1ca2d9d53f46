import type { SkillEntry } from './taxonomy.js';

/**
 * Skills and certificates that vacancies in the cooperatives' sectors ask for. Codes are stable English
 * identifiers; labels and synonyms are the Italian words tutors and companies write.
 */
export const STARTER_SKILLS: readonly SkillEntry[] = [
  {
    code: 'HACCP',
    label: 'Attestato HACCP (igiene alimentare)',
    synonyms: ['attestato haccp', 'corso haccp', 'igiene alimentare', 'libretto sanitario'],
  },
  {
    code: 'FORKLIFT_LICENCE',
    label: 'Patentino del carrello elevatore (muletto)',
    synonyms: [
      'patentino muletto',
      'patentino carrello elevatore',
      'patentino mulettista',
      'abilitazione carrelli elevatori',
    ],
  },
  {
    code: 'BARCODE_SCANNER',
    label: 'Uso del lettore di codici a barre',
    synonyms: [
      'lettore barcode',
      'pistola barcode',
      'terminale rf',
      'palmare di magazzino',
      'uso scanner',
    ],
  },
  {
    code: 'CASH_REGISTER',
    label: 'Uso del registratore di cassa',
    synonyms: ['registratore di cassa', 'uso della cassa', 'cassa', 'pos'],
  },
  {
    code: 'CLEANING_MACHINES',
    label: 'Uso di macchine per la pulizia (lavasciuga, monospazzola)',
    synonyms: ['lavasciuga', 'monospazzola', 'macchine per le pulizie', 'uso lavasciuga'],
  },
  {
    code: 'PERSONAL_CARE',
    label: 'Igiene e cura della persona',
    synonyms: ['igiene della persona', 'cura della persona', 'bagno assistito', 'igiene personale'],
  },
  {
    code: 'PATIENT_HANDLING',
    label: 'Mobilizzazione di persone non autosufficienti',
    synonyms: ['mobilizzazione', 'movimentazione pazienti', 'uso del sollevatore'],
  },
  {
    code: 'MEAL_PREPARATION',
    label: 'Preparazione dei pasti',
    synonyms: ['preparazione pasti', 'cucinare', 'cucina casalinga'],
  },
  {
    code: 'IRONING',
    label: 'Stiro',
    synonyms: ['stirare', 'stiratura'],
  },
  {
    code: 'TABLE_SERVICE',
    label: 'Servizio ai tavoli',
    synonyms: ['servizio in sala', 'servizio sala', 'servizio al tavolo'],
  },
  {
    code: 'COFFEE_BAR',
    label: 'Caffetteria (macchina espresso)',
    synonyms: ['caffetteria', 'preparazione caffe', 'macchina del caffe', 'macchina espresso'],
  },
  {
    code: 'SAFETY_TRAINING',
    label: 'Formazione sicurezza dei lavoratori (D.Lgs. 81/2008)',
    synonyms: [
      'corso sicurezza',
      'formazione sicurezza',
      'sicurezza sul lavoro',
      'corso 81 08',
      'formazione generale sicurezza',
    ],
  },
  {
    code: 'FIRST_AID',
    label: 'Primo soccorso',
    synonyms: ['corso primo soccorso', 'addetto primo soccorso'],
  },
  {
    code: 'FIRE_SAFETY',
    label: 'Antincendio',
    synonyms: ['corso antincendio', 'addetto antincendio'],
  },
  {
    code: 'GARDEN_TOOLS',
    label: 'Uso di decespugliatore e tosaerba',
    synonyms: ['decespugliatore', 'tosaerba', 'attrezzi da giardino'],
  },
  {
    code: 'HARVESTING',
    label: 'Raccolta di frutta e ortaggi',
    synonyms: ['raccolta frutta', 'raccolta ortaggi', 'vendemmia', 'raccolta in campo'],
  },
  {
    code: 'MANUAL_ASSEMBLY',
    label: 'Assemblaggio manuale',
    synonyms: ['assemblaggio', 'montaggio manuale', 'cablaggio semplice'],
  },
  {
    code: 'PACKING',
    label: 'Confezionamento e imballaggio',
    synonyms: ['imballaggio', 'inscatolamento', 'etichettatura', 'confezionamento manuale'],
  },
  {
    code: 'CHILDCARE',
    label: 'Cura dei bambini',
    synonyms: ['accudimento bambini', 'esperienza con bambini', 'gestione bambini'],
  },
  {
    code: 'BASIC_DIGITAL',
    label: 'Competenze digitali di base (e-mail, SPID)',
    synonyms: ['competenze digitali', 'e-mail', 'email', 'spid', 'uso dello smartphone'],
  },
];
