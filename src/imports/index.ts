export { columnLabels } from './column-labels.ts';
export { importEncodings } from './encoding.ts';
export type { ImportProgress } from './import-progress.ts';
export { startImport } from './import-runner.ts';
export { importsRoutes } from './imports.routes.ts';
export { valueLabelsOf } from './value-labels.ts';
