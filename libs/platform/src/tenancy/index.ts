export * from './actor.js';
export * from './organisation-id.js';
