/**
 * ATECO 2007 sections (the letter above the two-digit division), with the Italian names the
 * published reports use. A company's sector is the section of its ATECO code.
 */
export const ATECO_SECTIONS = {
  A: { divisions: [1, 3], label: 'Agricoltura, silvicoltura e pesca' },
  B: { divisions: [5, 9], label: 'Estrazione di minerali da cave e miniere' },
  C: { divisions: [10, 33], label: 'Attività manifatturiere' },
  D: { divisions: [35, 35], label: 'Fornitura di energia elettrica, gas, vapore' },
  E: { divisions: [36, 39], label: 'Acqua, reti fognarie, gestione dei rifiuti' },
  F: { divisions: [41, 43], label: 'Costruzioni' },
  G: { divisions: [45, 47], label: 'Commercio all’ingrosso e al dettaglio' },
  H: { divisions: [49, 53], label: 'Trasporto e magazzinaggio' },
  I: { divisions: [55, 56], label: 'Alloggio e ristorazione' },
  J: { divisions: [58, 63], label: 'Informazione e comunicazione' },
  K: { divisions: [64, 66], label: 'Attività finanziarie e assicurative' },
  L: { divisions: [68, 68], label: 'Attività immobiliari' },
  M: { divisions: [69, 75], label: 'Attività professionali, scientifiche e tecniche' },
  N: { divisions: [77, 82], label: 'Noleggio, agenzie di viaggio, servizi alle imprese' },
  O: { divisions: [84, 84], label: 'Amministrazione pubblica' },
  P: { divisions: [85, 85], label: 'Istruzione' },
  Q: { divisions: [86, 88], label: 'Sanità e assistenza sociale' },
  R: { divisions: [90, 93], label: 'Attività artistiche, sportive e di intrattenimento' },
  S: { divisions: [94, 96], label: 'Altre attività di servizi' },
  T: { divisions: [97, 98], label: 'Famiglie come datori di lavoro' },
  U: { divisions: [99, 99], label: 'Organismi extraterritoriali' },
} as const satisfies Record<string, { divisions: [number, number]; label: string }>;

export type AtecoSection = keyof typeof ATECO_SECTIONS;
export const UNKNOWN_SECTOR = 'UNKNOWN';
export const UNKNOWN_SECTOR_LABEL = 'Settore non indicato';

/** The section of an ATECO code ('56.10.11' → 'I'), or UNKNOWN when there is none or it is not valid. */
export function atecoSectionOf(atecoCode: string | null): AtecoSection | typeof UNKNOWN_SECTOR {
  const division = Number.parseInt(atecoCode?.slice(0, 2) ?? '', 10);
  if (Number.isNaN(division)) return UNKNOWN_SECTOR;
  const found = (Object.keys(ATECO_SECTIONS) as AtecoSection[]).find((section) => {
    const [first, last] = ATECO_SECTIONS[section].divisions;
    return division >= first && division <= last;
  });
  return found ?? UNKNOWN_SECTOR;
}
