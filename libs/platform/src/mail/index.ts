export * from './mail.module.js';
export * from './mail-transport.js';
export * from './outgoing-mail.js';
export * from './smtp-failure.js';
