// The pure Law 68/1999 quota calculator: plain data in, plain data out, no Nest, no I/O.
export * from './domain/index.js';
// Around it: stored declarations and positions with their history, conventions, districts, the
// territory view and the scouting priority list, and their CSV exports.
export * from './districts/districts.repository.js';
export * from './districts/delete-district.use-case.js';
export * from './districts/list-districts.use-case.js';
export * from './districts/save-district.use-case.js';
export * from './entities/district.entity.js';
export * from './entities/law68-convention.entity.js';
export * from './entities/law68-declaration.entity.js';
export * from './entities/law68-position-history.entity.js';
export * from './entities/law68-position.entity.js';
export * from './export/csv.writer.js';
export * from './export/law68-csv.columns.js';
export * from './law68.error.js';
export * from './law68.module.js';
export * from './position/company-position.evaluator.js';
export * from './position/position.types.js';
export * from './position/prospetto-deadline.rules.js';
export * from './position/sanction-accrual.calculator.js';
export * from './position/working-days.calculator.js';
export * from './territory/priority-list.use-case.js';
export * from './territory/scouting-sectors.js';
export * from './territory/territory-area.js';
export * from './territory/territory-view.use-case.js';
export * from './territory/territory.types.js';
export * from './use-cases/compute-quota.use-case.js';
export * from './use-cases/convention.input.js';
export * from './use-cases/declaration.view.js';
export * from './use-cases/get-company-law68.use-case.js';
export * from './use-cases/list-conventions.use-case.js';
export * from './use-cases/list-declarations.use-case.js';
export * from './use-cases/record-convention.use-case.js';
export * from './use-cases/record-declaration.use-case.js';
export * from './use-cases/update-convention.use-case.js';
export * from './bench/priority-list.bench.js';
