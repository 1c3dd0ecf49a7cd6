import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoOverflow, type Journey, openJourney, screenshots } from './support/journey.ts';
import { fillSetupForm } from './support/setup-form.ts';

const admin = { name: '赵总', email: 'boss@example.com', password: 'a long enough secret' };

/**
 * The neglect report (疏于联系的客户) on a demo company that nobody has contacted yet: every customer of
 * a relationship manager on asking, the whole report as a file in the reader's language, and a
 * follow-up task for the customers picked, after a confirmation that counts them; in English and at
 * phone width too.
 */
describe('neglect report journey', () => {
  let journey: Journey;
  let page: Page;

  beforeAll(async () => {
    journey = await openJourney();
    page = journey.page;
  });

  afterAll(() => journey?.close());

  it('sets up an administrator and loads a demo company of 200 customers', async () => {
    await fillSetupForm(page, admin);
    await page.getByTestId('setup-submit').click();
    await page.waitForURL('**/customers');
    const demo = await page.request.post('/api/v1/demo', {
      data: { customers: 200 },
      headers: { origin: journey.server.baseUrl },
    });
    expect(demo.status(), await demo.text()).toBe(201);
  });

  it('shows every neglected customer of a relationship manager on asking', async () => {
    await page.goto('/neglect');
    const card = page.getByTestId('neglect-owner').first();
    await card.locator('tbody tr').first().waitFor();
    expect(await card.locator('tbody tr').count()).toBe(20);
    const showAll = card.getByTestId('neglect-show-all');
    const total = Number(/\d+/.exec((await showAll.textContent()) ?? '')?.[0]);
    expect(total).toBeGreaterThan(20);
    await showAll.click();
    await expect.poll(() => card.locator('tbody tr').count()).toBe(Math.min(total, 50));
    if (total > 50) {
      await card.getByTestId('neglect-load-more').click();
      await expect.poll(() => card.locator('tbody tr').count()).toBe(Math.min(total, 100));
    }
    await card.getByText(`已显示 ${Math.min(total, 100)} / ${total} 位`).waitFor();
    expect(journey.pageErrors).toEqual([]);
  });

  it('downloads the whole report as a file with Chinese headers', async () => {
    const download = page.waitForEvent('download');
    await page.getByTestId('neglect-export').click();
    const file = await readFile((await (await download).path()) as string, 'utf8');
    const lines = file.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('\uFEFF关系经理,客户,客户 ID,最近联系,距今天数,销售额,RFM 细分,忠诚度阶段');
    expect(lines.length).toBeGreaterThan(100);
  });

  it('makes a follow-up task for the customers picked, after a confirmation that counts them', async () => {
    const card = page.getByTestId('neglect-owner').first();
    const rows = card.locator('tbody tr');
    await rows.nth(0).locator('.ant-checkbox-input').check();
    await rows.nth(1).locator('.ant-checkbox-input').check();
    await page.getByTestId('neglect-make-tasks').getByText('为选中的 2 位客户建任务').click();
    const modal = page.getByTestId('neglect-tasks-modal');
    await modal.getByTestId('neglect-tasks-count').getByText('将建任务：2 个').waitFor();
    await page.screenshot({ path: `${screenshots}/neglect-tasks-confirm.png`, fullPage: true, animations: 'disabled' });
    await page.locator('#neglect-tasks-confirm').click();
    await page.getByText('已建任务：2 个').waitFor();
    await page.getByTestId('neglect-make-tasks').getByText('建跟进任务').waitFor();
    const tasks = await (await page.request.get('/api/v1/tasks?scope=team&status=open')).json();
    expect(tasks.items).toHaveLength(2);
  });

  it('counts the customers left out, in English, and fits a phone', async () => {
    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByTestId('neglect-make-tasks').getByText('Make follow-up tasks').click();
    const modal = page.getByTestId('neglect-tasks-modal');
    await modal.getByText(/^Tasks to make: \d+$/).waitFor();
    await modal.getByText('Left out, an open task exists already: 2').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('neglect-export').getByText('Export CSV').waitFor();

    await page.setViewportSize({ width: 375, height: 800 });
    await page.reload();
    await page.getByTestId('neglect-owner').first().locator('tbody tr').first().waitFor();
    await expectNoOverflow(page, 'neglect report');
    await page.screenshot({ path: `${screenshots}/neglect-phone-en.png`, fullPage: true, animations: 'disabled' });
    expect(journey.pageErrors).toEqual([]);
  });
});
