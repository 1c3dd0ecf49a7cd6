/** A backup of the whole database as a plain download (administrators; the session cookie goes along). */
export const backupUrl = '/api/v1/backup';
