export * from './problem-assertions.js';
export * from './sessions.js';
export * from './test-api.js';
export * from './test-database.js';
export * from './test-env.js';
export * from './test-redis.js';
export * from './candidate-fixtures.js';
export * from './tcp-proxy.js';
