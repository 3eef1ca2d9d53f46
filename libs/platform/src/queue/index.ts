export * from './empty-payload.js';
export * from './job-definition.js';
export * from './job-enqueue.js';
export * from './job-handlers.js';
export * from './queue-names.js';
export * from './queue.module.js';
export * from './redis-connection.js';
