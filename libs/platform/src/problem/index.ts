export * from './domain.error.js';
export * from './problem-details.js';
export * from './problem.filter.js';
export * from './validation.pipe.js';
export * from './validation-messages.js';
export * from './uuid-param.js';
export * from './storable-text.js';
