export * from './auth/index.js';
export * from './config/index.js';
export * from './database/index.js';
export * from './http/index.js';
export * from './logging/index.js';
export * from './problem/index.js';
export * from './queue/index.js';
export * from './tenancy/index.js';
