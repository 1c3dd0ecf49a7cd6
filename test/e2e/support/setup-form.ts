import type { Page } from 'playwright-core';
import { setupCodeOf } from './guanxi-server.ts';

/** Opens the app on a new installation and fills the first-run setup form (zh-CN), without submitting it. */
export async function fillSetupForm(page: Page, admin: { name: string; email: string; password: string }) {
  await page.goto('/');
  await page.waitForURL('**/setup');
  // The code the server printed on its console, as the person installing it would copy it.
  await page.getByLabel('设置码', { exact: false }).fill(setupCodeOf(new URL(page.url()).origin));
  await page.getByLabel('姓名', { exact: true }).fill(admin.name);
  await page.getByLabel('邮箱', { exact: true }).fill(admin.email);
  await page.getByLabel('密码', { exact: true }).fill(admin.password);
  await page.getByLabel('确认密码', { exact: true }).fill(admin.password);
}
