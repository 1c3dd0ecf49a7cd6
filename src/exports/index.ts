export { exportsRoutes } from './exports.routes.ts';
export { type ExportFormat, exportFormats } from './exports.schema.ts';
export { exportColumns, exportStream } from './exports.service.ts';
export { neutraliseCell, restoreCell } from './spreadsheet-cells.ts';
