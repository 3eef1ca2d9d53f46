export * from './ateco-sections.js';
export * from './contract-groups.js';
export * from './funder-figures.js';
export * from './funder-report.calculator.js';
export * from './report-dimensions.js';
export * from './report-facts.types.js';
export * from './report-suppression.rules.js';
