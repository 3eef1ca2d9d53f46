export * from './pagination.js';
export * from './query-transforms.js';
export * from './date-field.decorators.js';
