// Public face of the demo data: the generator `npm start` calls on an empty database, the sizes it
// is called with, and the synthetic identifiers, for tests that need to recognise them.
export { DemoDataError, type DemoDataErrorCode } from './demo-data.error.js';
export * from './demo-data.types.js';
export { generateDemoData, isDatabaseEmpty } from './generate-demo-data.js';
export type { DemoAccount, DemoRole } from './organisation-factory.js';
export { Rng, WeightedTable, type Seed, type Weighted, type Weights } from './prng.js';
export { isSyntheticTaxCode, syntheticTaxCode } from './synthetic-tax-code.js';
export { vatNumber } from './vat-number.js';
export * from './demo-network.writer.js';
