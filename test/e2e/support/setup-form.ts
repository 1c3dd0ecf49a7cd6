import type { Page } from 'playwright-core';

/** Opens the app on a new installation and fills the first-run setup form (zh-CN), without submitting it. */
export async function fillSetupForm(page: Page, admin: { name: string; email: string; password: string }) {
  await page.goto('/');
  await page.waitForURL('**/setup');
  await page.getByLabel('姓名', { exact: true }).fill(admin.name);
  await page.getByLabel('邮箱', { exact: true }).fill(admin.email);
  await page.getByLabel('密码', { exact: true }).fill(admin.password);
  await page.getByLabel('确认密码', { exact: true }).fill(admin.password);
}
