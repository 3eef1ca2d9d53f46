export * from './bundled-gazetteer.js';
export * from './geo.module.js';
export * from './import-municipalities.use-case.js';
export * from './municipalities-csv.js';
export * from './municipalities.service.js';
export * from './municipality.entity.js';
