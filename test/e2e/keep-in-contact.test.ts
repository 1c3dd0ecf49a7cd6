import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoOverflow, type Journey, openJourney, screenshots } from './support/journey.ts';
import { fillSetupForm } from './support/setup-form.ts';

const admin = { name: '赵总', email: 'boss@example.com', password: 'a long enough secret' };
const customerName = '王芳';
const orderNumber = 'KC-2001';
const callNote = '电话致谢，客户对送货很满意';

/**
 * Keeping in active contact (保持主动的联系): a purchase is imported, the contact rules run, the
 * thank-you task appears in My work, it is completed with the phone call logged in the same step,
 * and the customer's timeline shows the call, the completed task and the order; at phone width too.
 */
describe('keep-in-contact journey', () => {
  let journey: Journey;
  let page: Page;
  let customerId = '';

  beforeAll(async () => {
    journey = await openJourney();
    page = journey.page;
  });

  afterAll(() => journey?.close());

  it('sets up an administrator, who owns a customer whose purchase of a few hours ago is imported', async () => {
    await fillSetupForm(page, admin);
    await page.getByTestId('setup-submit').click();
    await page.waitForURL('**/customers');

    const me = await (await page.request.get('/api/v1/auth/me')).json();
    const customer = await page.request.post('/api/v1/customers', {
      headers: { origin: journey.server.baseUrl },
      data: { kind: 'person', name: customerName, externalId: 'C-2001', phone: '138 0013 8000', ownerId: me.id },
    });
    expect(customer.status(), await customer.text()).toBe(201);
    customerId = (await customer.json()).id;

    // The shop's export, as the import page uploads it: one line item per row, Chinese headers.
    // Three hours ago, written as a Beijing shop's export writes it (2026-11-22 09:30).
    const orderedAt = new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
    const csv = `订单号,客户编号,下单时间,数量,单价\n${orderNumber},C-2001,${orderedAt},2,600.00\n`;
    const upload = await page.request.post('/api/v1/imports?kind=orders', {
      headers: { origin: journey.server.baseUrl },
      multipart: { file: { name: 'orders.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) } },
    });
    expect(upload.status(), await upload.text()).toBe(202);
    const job = await upload.json();
    await expect
      .poll(async () => (await (await page.request.get(`/api/v1/imports/${job.id}`)).json()).status, {
        timeout: 30_000,
      })
      .toBe('succeeded');
  });

  it('runs the contact rules from their page and finds the thank-you task in My work', async () => {
    await page.getByRole('menu').getByRole('link', { name: '客户接触规则' }).click();
    await page.waitForURL('**/contact-rules');
    await page.getByTestId('rule-table').getByText('购买致谢').first().waitFor();
    await page.getByTestId('rules-run').click();
    const running = page.waitForResponse((r) => r.url().endsWith('/api/v1/contact-rules/run'));
    await page.locator('.ant-popconfirm').getByRole('button', { name: '立即运行' }).click();
    expect((await running).status()).toBe(200);
    await page
      .getByTestId('rule-run-result')
      .getByText(/创建了 [1-9]\d* 个任务/)
      .waitFor();

    await page
      .getByRole('menu')
      .getByRole('link', { name: /我的工作/ })
      .click();
    await page.waitForURL('**/work');
    const task = page.getByTestId('work-upcoming').getByTestId('task-item').filter({ hasText: orderNumber });
    await task
      .getByTestId('task-title')
      .getByText(/感谢.*的订单/)
      .waitFor();
    await task.getByTestId('task-customer').getByText(customerName).waitFor();
    await task.getByText(/规则：购买致谢/).waitFor();
    await page.getByTestId('work-overdue').getByText('没有逾期的任务').waitFor();
    expect(journey.pageErrors).toEqual([]);
    await page.screenshot({ path: `${screenshots}/keep-in-contact-work.png`, fullPage: true, animations: 'disabled' });
  });

  it('completes the task with the phone call logged in the same step', async () => {
    const task = page.getByTestId('work-upcoming').getByTestId('task-item').filter({ hasText: orderNumber });
    await task.getByTestId('task-complete').click();
    const form = page.getByTestId('task-complete-form');
    await form.waitFor();
    await form.getByTestId('interaction-medium').getByText('电话', { exact: true }).click();
    await form.getByTestId('interaction-outcome').click();
    await page.locator('.ant-select-dropdown').getByTitle('已联系上').click();
    await form.getByTestId('interaction-note').fill(callNote);
    const completing = page.waitForResponse((r) => /\/api\/v1\/tasks\/[^/]+\/complete$/.test(r.url()));
    await page.getByTestId('task-complete-and-log').click();
    expect((await completing).status()).toBe(200);
    await page.getByText('任务已完成').first().waitFor();
    await page.getByTestId('work-upcoming').getByTestId('task-item').filter({ hasText: orderNumber }).waitFor({
      state: 'detached',
    });
  });

  it("shows the call, the completed task and the order on the customer's timeline", async () => {
    await page.goto(`/customers/${customerId}`);
    // The phone number dials when tapped.
    await page.locator('a[href="tel:13800138000"]').getByText('138 0013 8000').waitFor();
    // It has an order: archived, never deleted, so delete is not offered (once the orders are known).
    await page.getByTestId('customer-archive').waitFor();
    await expect.poll(() => page.getByTestId('customer-delete').count()).toBe(0);
    const timeline = page.getByTestId('customer-timeline');
    const call = timeline.getByTestId('timeline-interaction').filter({ hasText: callNote });
    await call.getByText('电话 · 我们联系客户 · 已联系上').waitFor();
    const done = timeline.getByTestId('timeline-task').filter({ hasText: orderNumber });
    await done.getByText('已完成', { exact: true }).waitFor();
    await timeline.getByTestId('timeline-order').getByText(`订单 ${orderNumber}`).waitFor();
    await page.getByTestId('customer-tasks').getByText('这个客户没有待办任务').waitFor();

    // Filters: only the orders.
    await page.getByTestId('timeline-kinds').getByText('联系', { exact: true }).click();
    await page.getByTestId('timeline-kinds').getByText('任务', { exact: true }).click();
    await timeline.getByTestId('timeline-interaction').first().waitFor({ state: 'detached' });
    await timeline.getByTestId('timeline-task').first().waitFor({ state: 'detached' });
    await timeline.getByTestId('timeline-order').first().waitFor();
    await page.screenshot({
      path: `${screenshots}/keep-in-contact-timeline.png`,
      fullPage: true,
      animations: 'disabled',
    });
  });

  it('logs a WeChat message from the customer page with the quick log', async () => {
    await page.reload();
    await page.getByTestId('quick-log').click();
    const form = page.getByTestId('interaction-form');
    await form.getByTestId('interaction-medium').getByText('微信', { exact: true }).click();
    await form.getByTestId('interaction-note').fill('微信发送了新品目录');
    await page.getByTestId('interaction-save').click();
    await page.getByText('联系已记录').first().waitFor();
    await page
      .getByTestId('customer-timeline')
      .getByTestId('timeline-interaction')
      .filter({ hasText: '微信发送了新品目录' })
      .waitFor();
    expect(journey.pageErrors).toEqual([]);
  });

  it('works at phone width (375 px) in Chinese and in English', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('/work');
    await page.getByTestId('work-today').waitFor();
    await expectNoOverflow(page, 'My work, zh-CN');
    await page.screenshot({ path: `${screenshots}/keep-in-contact-phone-work.png`, fullPage: true });

    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByRole('heading', { name: 'My work' }).waitFor();
    await page.getByTestId('task-new').click();
    await page.getByTestId('task-form').getByLabel('What to do').fill('Visit Wang Fang with the new catalogue');
    await page.getByTestId('task-save').click();
    await page.getByText('Task created').first().waitFor();
    await page.getByTestId('work-upcoming').getByText('Visit Wang Fang with the new catalogue').waitFor();
    await expectNoOverflow(page, 'My work, en');
    await page.screenshot({ path: `${screenshots}/keep-in-contact-phone-work-en.png`, fullPage: true });

    await page.goto(`/customers/${customerId}`);
    await page.getByTestId('customer-timeline').getByTestId('timeline-order').first().waitFor();
    await expectNoOverflow(page, 'customer page, en');
    await page.screenshot({ path: `${screenshots}/keep-in-contact-phone-customer.png`, fullPage: true });
    expect(journey.pageErrors).toEqual([]);
  });
});
