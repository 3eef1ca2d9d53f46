// Company scouting (marketing territoriale): each company's pipeline stage and its history, the
// activities with companies and their next actions, the km-zero map of neighbourhood businesses.
export * from './entities/scouting-activity.entity.js';
export * from './entities/scouting-company.entity.js';
export * from './entities/scouting-stage-change.entity.js';
export * from './scouting.error.js';
export * from './scouting.module.js';
export * from './scouting.types.js';
export * from './use-cases/activity.view.js';
export * from './use-cases/complete-next-action.use-case.js';
export * from './use-cases/get-company-scouting.use-case.js';
export * from './use-cases/km-zero-map.use-case.js';
export * from './use-cases/list-activities.use-case.js';
export * from './use-cases/list-next-actions.use-case.js';
export * from './use-cases/move-stage.use-case.js';
export * from './use-cases/pipeline-board.use-case.js';
export * from './use-cases/record-activity.use-case.js';
