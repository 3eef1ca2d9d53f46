/**
 * Categories each licence lets a person drive as well (art. 116 Codice della strada):
 * a vacancy asking for a B licence must accept a lorry driver with C, who had to hold B first.
 */
const ALSO_VALID_FOR: Readonly<Record<string, readonly string[]>> = {
  A1: ['AM'],
  A2: ['A1', 'AM'],
  A: ['A2', 'A1', 'AM'],
  B: ['AM'],
  BE: ['B', 'AM'],
  C1: ['B', 'AM'],
  C1E: ['C1', 'BE', 'B', 'AM'],
  C: ['C1', 'B', 'AM'],
  CE: ['C', 'C1E', 'C1', 'BE', 'B', 'AM'],
  D1: ['B', 'AM'],
  D1E: ['D1', 'BE', 'B', 'AM'],
  D: ['D1', 'B', 'AM'],
  DE: ['D', 'D1E', 'D1', 'BE', 'B', 'AM'],
};

function normalizeLicence(category: string): string {
  return category.replace(/[\s+-]/g, '').toUpperCase();
}

/** Every category the held licences allow, including the ones each of them implies. */
export function drivableCategories(held: readonly string[]): Set<string> {
  const categories = new Set<string>();
  for (const licence of held.map(normalizeLicence)) {
    categories.add(licence);
    for (const implied of ALSO_VALID_FOR[licence] ?? []) categories.add(implied);
  }
  return categories;
}

/** The required categories the person cannot drive, in the vacancy's order. */
export function missingLicences(held: readonly string[], required: readonly string[]): string[] {
  const drivable = drivableCategories(held);
  return required.filter((category) => !drivable.has(normalizeLicence(category)));
}
