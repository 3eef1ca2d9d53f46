export * from './pagination.js';
export * from './query-transforms.js';
