import type { Parsed } from './cell.parsers.js';

export interface GazetteerEntry {
  istatCode: string;
  name: string;
  provinceCode: string;
}

/** Names compared without case, accents, apostrophes or double spaces ("Canegrate" = "canègrate"). */
export function normaliseName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The gazetteer as an import reads it: a municipality by ISTAT code, or by name and, when the
 * name is not unique in Italy, by name and province.
 */
export class Gazetteer {
  private readonly byCode = new Map<string, GazetteerEntry>();
  private readonly byName = new Map<string, GazetteerEntry[]>();

  constructor(entries: Iterable<GazetteerEntry>) {
    for (const entry of entries) {
      this.byCode.set(entry.istatCode, entry);
      const key = normaliseName(entry.name);
      this.byName.set(key, [...(this.byName.get(key) ?? []), entry]);
    }
  }

  place(text: string, province?: string): Parsed<GazetteerEntry> {
    const code = text.replace(/\s/g, '');
    if (/^\d{6}$/.test(code)) {
      const entry = this.byCode.get(code);
      return entry ? { value: entry } : { problem: 'codice ISTAT del comune sconosciuto' };
    }
    const candidates = this.byName.get(normaliseName(text)) ?? [];
    const inProvince = province
      ? candidates.filter((entry) => entry.provinceCode === province.trim().toUpperCase())
      : candidates;
    if (inProvince.length === 1 && inProvince[0]) return { value: inProvince[0] };
    if (candidates.length === 0)
      return { problem: 'comune sconosciuto: controlla il nome o usa il codice ISTAT' };
    if (inProvince.length === 0) return { problem: 'il comune non è in questa provincia' };
    return { problem: 'più comuni hanno questo nome: indica la provincia (sigla)' };
  }
}
