// The pure Law 68/1999 quota calculator: plain data in, plain data out, no Nest, no I/O.
export * from './calculator/index.js';
