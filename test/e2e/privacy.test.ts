import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Journey, openJourney, screenshots } from './support/journey.ts';
import { fillSetupForm } from './support/setup-form.ts';

const admin = { name: '赵总', email: 'boss@example.com', password: 'a long enough secret' };
const person = { name: '刘洋', phone: '138 0013 8000', email: 'liu.yang@example.com' };

/**
 * A person asks what is held about them and then to be erased (PIPL/GDPR): the administrator
 * downloads the file, erases the person after confirming twice, and sets the contacts' retention.
 */
describe('privacy journey', () => {
  let journey: Journey;
  let page: Page;
  let customerId = '';

  beforeAll(async () => {
    journey = await openJourney();
    page = journey.page;
  });

  afterAll(() => journey?.close());

  it('downloads everything held about a person from their page', async () => {
    await fillSetupForm(page, admin);
    await page.getByTestId('setup-submit').click();
    await page.waitForURL('**/customers');
    const created = await page.request.post('/api/v1/customers', {
      data: { kind: 'person', ...person, notes: '刘洋喜欢早上联系' },
      // A write with the session cookie must come from the app's own origin, as the app's do.
      headers: { origin: journey.server.baseUrl },
    });
    expect(created.status(), await created.text()).toBe(201);
    customerId = (await created.json()).id;

    await page.goto(`/customers/${customerId}`);
    await page.getByTestId('customer-name').getByText(person.name).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('customer-personal-data-export').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`personal-data-customer-${customerId}.json`);
    const file = JSON.parse(
      await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString()),
    );
    expect(file.customer).toMatchObject(person);
  });

  it('erases the person after a confirmation and the name typed again', async () => {
    await page.getByTestId('customer-personal-data-erase').click();
    await page.getByTestId('erase-continue').click();
    await page.getByTestId('erase-name').fill('刘');
    expect(await page.getByTestId('erase-confirm').isDisabled()).toBe(true);
    await page.getByTestId('erase-name').fill(person.name);
    await page.screenshot({ path: `${screenshots}/privacy-erase-confirm.png` });
    await page.getByTestId('erase-confirm').click();
    await page.getByText('个人信息已删除').first().waitFor();
    await page
      .getByTestId('customer-name')
      .getByText(`[erased] ${customerId.slice(0, 8)}`)
      .waitFor();
    expect(await page.getByTestId('customer-personal-data-erase').count()).toBe(0);
    expect(await page.getByText(person.phone).count()).toBe(0);
    await page.screenshot({ path: `${screenshots}/privacy-erased.png`, fullPage: true });
  });

  it('sets the retention of contacts on the Privacy page', async () => {
    await page.getByRole('menu').getByRole('link', { name: '隐私' }).click();
    await page.waitForURL('**/settings/privacy');
    await page.getByTestId('retention-years').fill('3');
    await page.getByTestId('retention-save').click();
    await page.getByText('隐私设置已保存').waitFor();
    const settings = await (await page.request.get('/api/v1/settings/privacy')).json();
    expect(settings).toEqual({ contactRetentionYears: 3 });
    await page.screenshot({ path: `${screenshots}/privacy-settings.png` });
    expect(journey.pageErrors).toEqual([]);
  });
});
