import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { appSettings } from '../db/schema/index.ts';

/** One setting an administrator changes in the app (`app_settings`), or undefined when never set. */
export async function readAppSetting<T>(db: Executor, key: string): Promise<T | undefined> {
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, key));
  return row?.value as T | undefined;
}

/** Sets one setting; undefined removes it (its default applies again). */
export async function writeAppSetting(db: Executor, key: string, value: unknown) {
  if (value === undefined) {
    await db.delete(appSettings).where(eq(appSettings.key, key));
    return;
  }
  await db
    .insert(appSettings)
    .values({ key, value, updatedAt: new Date() })
    .onConflictDoUpdate({ target: appSettings.key, set: { value, updatedAt: new Date() } });
}
