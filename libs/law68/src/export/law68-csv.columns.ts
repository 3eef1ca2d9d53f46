import { SCOUTING_STAGES, type ScoutingStage } from '#libs/scouting';
import { BAND_LABELS } from '../domain/quota.calculator.js';
import type { PriorityItem } from '../territory/priority-list.use-case.js';
import type { TerritoryCompany } from '../territory/territory.types.js';
import { formatDate } from '../domain/working.js';
import type { CsvColumn } from './csv.writer.js';

const stageLabel = (stage: string) => SCOUTING_STAGES[stage as ScoutingStage] ?? stage;
const date = (value: string | null) => (value ? formatDate(value) : null);

/** The territory view's companies below quota, as the consultant opens them in a spreadsheet. */
export const TERRITORY_CSV_COLUMNS: readonly CsvColumn<TerritoryCompany>[] = [
  { header: 'Azienda', value: (c) => c.name },
  { header: 'Partita IVA', value: (c) => c.vatNumber },
  { header: 'Comune', value: (c) => c.municipalityName },
  { header: 'Provincia', value: (c) => c.provinceCode },
  { header: 'Codice ATECO', value: (c) => c.atecoCode },
  { header: 'Fascia', value: (c) => BAND_LABELS[c.band] },
  { header: 'Base di computo (art. 3)', value: (c) => c.b3 },
  { header: 'Quota disabili', value: (c) => c.q3 },
  { header: 'Quota art. 18', value: (c) => c.q18 },
  { header: 'Posizioni coperte', value: (c) => c.coverage },
  { header: 'Scoperture disabili', value: (c) => c.uncoveredDisabled },
  { header: 'Scoperture art. 18', value: (c) => c.uncoveredArt18 },
  {
    header: 'Sanzione maturata stimata (€)',
    value: (c) => c.accruedSanctionCents,
    format: 'euroCents',
  },
  { header: 'Sanzione in corso dal', value: (c) => date(c.sanctionSince) },
  { header: 'Organico dichiarato al', value: (c) => date(c.referenceDate) },
  { header: 'Prospetto prossima scadenza registrato', value: (c) => c.prospettoDeclared },
  { header: 'Fase scouting', value: (c) => stageLabel(c.stage) },
];

/** The scouting priority list: counts only, never a person; a suppressed count shows its label. */
export const PRIORITY_CSV_COLUMNS: readonly CsvColumn<PriorityItem>[] = [
  { header: 'Posizione', value: (p) => p.rank },
  { header: 'Azienda', value: (p) => p.name },
  { header: 'Comune', value: (p) => p.municipalityName },
  { header: 'Provincia', value: (p) => p.provinceCode },
  { header: 'Codice ATECO', value: (p) => p.atecoCode },
  { header: 'Settore', value: (p) => p.sectorLabel },
  { header: 'Scoperture disabili', value: (p) => p.uncoveredDisabled },
  { header: 'Scoperture art. 18', value: (p) => p.uncoveredArt18 },
  {
    header: 'Iscritti al collocamento mirato nel raggio',
    value: (p) => p.candidatesNearby ?? p.suppressed.candidatesNearby,
  },
  {
    header: 'Di cui adatti al settore',
    value: (p) => p.fittingCandidates ?? p.suppressed.fittingCandidates,
  },
  { header: 'Punteggio', value: (p) => p.score ?? p.suppressed.score },
  { header: 'Fase scouting', value: (p) => stageLabel(p.stage) },
  { header: 'Ultima attività', value: (p) => date(p.lastActivityOn) },
];
