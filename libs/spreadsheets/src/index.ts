export * from './cell.rules.js';
export * from './spreadsheet.reader.js';
export * from './spreadsheet.types.js';
export * from './spreadsheet.writer.js';
