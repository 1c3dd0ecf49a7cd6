import { recordAudit } from '../audit/index.ts';
import { type Caller, mayAssignOwners } from '../auth/index.ts';
import type { Db, Executor } from '../db/client.ts';
import { forbidden } from '../server/errors.ts';
import { readAppSetting, writeAppSetting } from '../shared/app-settings.ts';
import { type AnalysisSettings, analysisSettingsSchema } from './settings.ts';

const settingsKey = 'analytics.settings';

/**
 * The company's analysis settings: what every run uses unless the run is given others (the daily run,
 * "run now", `guanxi analyze`). Defaults until a manager saves them; kept settings are read through the
 * schema, so a setting added later gets its default.
 */
export async function companyAnalysisSettings(db: Executor): Promise<AnalysisSettings> {
  return analysisSettingsSchema.parse((await readAppSetting(db, settingsKey)) ?? {});
}

/** Replaces the company's analysis settings (managers and administrators), audited. */
export async function updateAnalysisSettings(options: { db: Db; caller: Caller; input: AnalysisSettings }) {
  const { db, caller, input } = options;
  if (!mayAssignOwners(caller)) throw forbidden('Only managers and administrators change the analysis settings');
  return db.transaction(async (tx) => {
    const before = await companyAnalysisSettings(tx);
    await writeAppSetting(tx, settingsKey, input);
    await recordAudit(tx, {
      actor: caller,
      action: 'update',
      entity: 'setting',
      entityId: settingsKey,
      before,
      after: input,
    });
    return input;
  });
}
