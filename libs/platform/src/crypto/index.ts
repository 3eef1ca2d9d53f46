export * from './data-cipher.js';
export * from './data-keys.js';
