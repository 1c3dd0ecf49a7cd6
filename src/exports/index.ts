export { exportsRoutes } from './exports.routes.ts';
export { type ExportFormat, exportFormats } from './exports.schema.ts';
export { csvChunks, exportColumns, exportStream } from './exports.service.ts';
export { neutraliseCell, restoreCell } from './spreadsheet-cells.ts';
