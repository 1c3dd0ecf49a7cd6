export { backupRoutes } from './backup.routes.ts';
export { writeBackup } from './backup.service.ts';
export { type BackupKind, backupFileName, backupKindOf, writeWhole, wrongKindMessage } from './backup-file.ts';
export { connectionOf } from './database-connection.ts';
export { holdsDatabase, holdsFiles, restorePglite } from './pglite-backup.ts';
export { checkGuanxiArchive, restorePostgres } from './postgres-backup.ts';
