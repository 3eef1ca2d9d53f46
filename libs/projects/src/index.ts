// Projects (the grants a programme lives on: funder, period, territory, targets) with the people,
// companies, courses and network activities attached to them, and the funder reports: every figure
// with its target and breakdowns, small-cell suppressed, as JSON, XLSX, CSV and a printable page.
export * from './domain/index.js';
export * from './project/project.types.js';
export * from './project/projects.error.js';
export * from './project/use-cases/attach-company.use-case.js';
export * from './project/use-cases/attach-person.use-case.js';
export * from './project/use-cases/create-project.use-case.js';
export * from './project/use-cases/get-project.use-case.js';
export * from './project/use-cases/list-projects.use-case.js';
export * from './project/use-cases/record-course.use-case.js';
export * from './project/use-cases/record-network-activity.use-case.js';
export * from './projects.module.js';
export * from './report/funder-report.csv.js';
export * from './report/funder-report.html.js';
export * from './report/funder-report.xlsx.js';
export * from './report/report-scope.resolver.js';
export * from './report/use-cases/figure-records.use-case.js';
export * from './report/use-cases/funder-report.use-case.js';
