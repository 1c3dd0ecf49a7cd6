/** English labels of the Backup page (part of en.ts). */
export const enBackup = {
  backup: {
    title: 'Backup',
    downloadTitle: 'Download a backup',
    downloadHint:
      'The whole database as one file, taken while Guanxi keeps running: everyone can go on working. Each download is recorded in the audit log.',
    sensitive:
      'The file holds all customers, orders and users (with their password hashes). Keep it as safe as the server itself.',
    download: 'Download a backup',
    restoreTitle: 'Restore',
    restoreHint:
      'A restore replaces all data with the backup’s. Stop the server, then run this on the server with the downloaded file; the current data folder is moved aside, not deleted.',
    moreHint: 'Nightly backups from the command line, PostgreSQL and pg_restore: see docs/backup.md.',
  },
};
