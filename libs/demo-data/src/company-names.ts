import { ITALIAN_MALE_NAMES, ITALIAN_SURNAMES } from './names-italian.js';
import type { Rng } from './prng.js';
import type { SectorKey } from './sectors.js';
import { wordList } from './word-list.js';

/**
 * Made-up company names in the style of each sector's signs: a family name, a brand or the town,
 * then the legal form a firm of that size usually has.
 */
interface SectorNames {
  /** {surname}, {town} and {brand} are filled in. */
  patterns: readonly string[];
  brands: readonly string[];
}

const SECTOR_NAMES: Record<SectorKey, SectorNames> = {
  RESTAURANTS: {
    patterns: wordList(
      'Trattoria {surname}, Ristorante {brand}, Bar {brand}, Pizzeria {brand}, Mensa {town}',
    ),
    brands: wordList(
      'Il Portico, La Corte, Al Naviglio, Il Glicine, La Brughiera, Il Gelso, Vecchio Mulino, La Cascina, Da Gino, Sole',
    ),
  },
  CLEANING: {
    patterns: wordList(
      '{surname} Pulizie, Multiservizi {brand}, Cooperativa sociale {brand}, Pulitecnica {town}',
    ),
    brands: wordList('Aurora, Splendor, Lindo, Brillante, Arcobaleno, Nuova Luce, Iride, Delfino'),
  },
  CARE: {
    patterns: wordList(
      'RSA {brand}, Cooperativa sociale {brand}, Servizi alla persona {brand}, Casa di riposo {town}',
    ),
    brands: wordList(
      'Il Melograno, San Giuseppe, La Quercia, Villa Serena, Il Girasole, Aquilone, Oasi',
    ),
  },
  LOGISTICS: {
    patterns: wordList(
      '{surname} Logistica, Trasporti e Magazzini {brand}, {brand} Logistics, Facchinaggio {town}',
    ),
    brands: wordList('Padana, Lombarda, Nord Ovest, Brianza, Express, Interporto, Adda'),
  },
  RETAIL: {
    patterns: wordList(
      'Market {brand}, Alimentari {surname}, Panificio {surname}, Frutta e verdura {brand}, Supermercato {brand}',
    ),
    brands: wordList('Sole, La Spiga, Il Chicco, Fresco, Buongiorno, Il Forno, Giardino, Centro'),
  },
  AGRICULTURE: {
    patterns: wordList(
      'Azienda agricola {surname}, Cascina {brand}, Vivai {surname}, Verde {brand}',
    ),
    brands: wordList(
      'Campagna, Fontanile, Roggia, Le Betulle, San Martino, Mirtillo, Franciacorta',
    ),
  },
  MANUFACTURING: {
    patterns: wordList(
      'Officine {surname}, {surname} Plast, Industria alimentare {brand}, Cartotecnica {town}, Meccanica {brand}',
    ),
    brands: wordList('Lariana, Orobica, Bresciana, Precisa, Ticino, Sempione, Olona, Serio'),
  },
  HOSPITALITY: {
    patterns: wordList('Hotel {brand}, Albergo {brand}, Hotel {town}'),
    brands: wordList('Lario, Garda, Bellavista, Stazione, Centrale, Dei Laghi, Miramonti'),
  },
};

function legalForm(rng: Rng, headcount: number): string {
  if (headcount < 10) return rng.choose({ 's.n.c.': 3, 's.a.s.': 3, 's.r.l.': 4, 's.r.l.s.': 2 });
  if (headcount < 50) return rng.choose({ 's.r.l.': 8, 's.a.s.': 1, 's.p.a.': 1 });
  return rng.choose({ 's.r.l.': 1, 's.p.a.': 1 });
}

export function companyName(rng: Rng, sector: SectorKey, headcount: number, town: string): string {
  const { patterns, brands } = SECTOR_NAMES[sector];
  const name = rng
    .pick(patterns)
    .replace('{surname}', rng.pick(ITALIAN_SURNAMES))
    .replace('{brand}', rng.pick(brands))
    .replace('{town}', town);
  if (name.startsWith('Cooperativa')) return `${name} società cooperativa`;
  // A sole trader's sign carries the owner's name instead of a legal form.
  if (headcount < 5 && rng.chance(0.3)) {
    return `${name} di ${rng.pick(ITALIAN_MALE_NAMES)} ${rng.pick(ITALIAN_SURNAMES)}`;
  }
  return `${name} ${legalForm(rng, headcount)}`;
}
