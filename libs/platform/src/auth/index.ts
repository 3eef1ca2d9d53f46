export * from './auth.decorators.js';
export * from './auth.guard.js';
export * from './auth-platform.module.js';
export * from './session-state.js';
