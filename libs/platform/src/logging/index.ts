export * from './logging.module.js';
export * from './safe-error.js';
