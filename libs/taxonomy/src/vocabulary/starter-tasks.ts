import { TASK_CODES, type TaskCode } from '#libs/kernel';
import type { TaskEntry } from './taxonomy.js';

export { TASK_CODES, type TaskCode };

export const STARTER_TASKS: readonly (TaskEntry & { code: TaskCode })[] = [
  {
    code: 'HEAVY_LIFTING',
    label: 'Sollevamento di carichi pesanti',
    synonyms: [
      'sollevamento carichi pesanti',
      'sollevamento carichi',
      'movimentazione manuale dei carichi',
      'carichi pesanti',
    ],
  },
  {
    code: 'NIGHT_WORK',
    label: 'Lavoro notturno',
    synonyms: ['turni di notte', 'turno notturno', 'lavoro di notte'],
  },
  {
    code: 'WORK_AT_HEIGHT',
    label: 'Lavoro in altezza',
    synonyms: ['lavori in quota', 'lavoro in quota', 'uso di scale e ponteggi'],
  },
  {
    code: 'PROLONGED_STANDING',
    label: 'Stazione eretta prolungata',
    synonyms: ['stare in piedi a lungo', 'lavoro in piedi'],
  },
  {
    code: 'CUSTOMER_CONTACT',
    label: 'Contatto con il pubblico',
    synonyms: ['contatto con i clienti', 'rapporto con il pubblico'],
  },
  {
    code: 'DRIVING',
    label: 'Guida di veicoli',
    synonyms: ['guida', 'guida di automezzi', 'consegne con furgone'],
  },
  {
    code: 'CHEMICALS',
    label: 'Uso di prodotti chimici',
    synonyms: ['prodotti chimici', 'detergenti', 'esposizione a sostanze chimiche'],
  },
  {
    code: 'MACHINERY',
    label: 'Uso di macchinari',
    synonyms: ['macchinari', 'conduzione di macchinari', 'macchine utensili'],
  },
  {
    code: 'OUTDOOR_WORK',
    label: "Lavoro all'aperto",
    synonyms: ['lavoro esterno', 'all aperto'],
  },
  {
    code: 'REPETITIVE_MOVEMENTS',
    label: 'Movimenti ripetitivi',
    synonyms: ['lavoro ripetitivo', 'gesti ripetitivi'],
  },
  {
    code: 'CASH_HANDLING',
    label: 'Maneggio di denaro',
    synonyms: ['maneggio denaro', 'gestione dei contanti'],
  },
  {
    code: 'CARE_OF_MINORS',
    label: 'Contatto diretto e regolare con minori',
    synonyms: ['lavoro con minori', 'cura di minori'],
  },
  {
    code: 'ALCOHOL_SERVICE',
    label: 'Somministrazione o vendita di alcolici',
    synonyms: ['somministrazione alcolici', 'vendita alcolici'],
  },
];
