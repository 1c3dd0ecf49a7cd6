import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoOverflow, type Journey, openJourney, screenshots } from './support/journey.ts';
import { fillSetupForm } from './support/setup-form.ts';

const admin = { name: '李经理', email: 'manager@example.com', password: 'a long enough secret' };

/** Customers as Excel in China saves them: GBK, Chinese headers (aliases) and one column Guanxi does not know. */
const customersCsv = [
  '客户编号,客户名称,kind,phone,email,industry,region,source,tags,内部备注',
  'C-001,上海明德贸易有限公司,organization,021-5555 0101,info@mingde.example,贸易,上海,referral,重点,老客户',
  'C-002,李雷,person,13800000002,lilei@example.com,,北京,internet,,',
  'C-003,Acme Trading Ltd.,organization,,,Trade,Hong Kong,advertising,"vip,海外",',
].join('\r\n');

/** Orders, one line a row; SO-1001 has two lines, one without a SKU; the last row names an unknown customer. */
const ordersCsv = [
  'order_id,customer_external_id,ordered_at,status,currency,sku,quantity,unit_price,unit_cost,amount_collected,渠道',
  'SO-1001,C-001,2024-01-31,paid,CNY,P-100,2,"1,200.50",800,2401.00,直销',
  'SO-1001,C-001,2024-01-31,paid,CNY,,1,99.00,,2401.00,直销',
  'SO-1002,C-001,2024/3/5,paid,CNY,,1,¥500.00,300.00,500.00,天猫旗舰店',
  'SO-1003,C-002,20240410,refunded,CNY,,3,10.00,,0,门店',
  'SO-1004,C-999,2024-05-01,paid,CNY,,1,10.00,,10.00,直销',
].join('\n');

/**
 * The purchases journey: set up without demo data, import customers (GBK) and orders through the
 * import wizard (preview → mapping → dry run → import), see a customer's summary and orders,
 * and export the order list.
 */
describe('import journey', () => {
  let journey: Journey;
  let page: Page;

  beforeAll(async () => {
    // Dates without a time in the files are days in the business time zone (Asia/Shanghai), as for users in China.
    journey = await openJourney({ acceptDownloads: true });
    page = journey.page;
  });

  afterAll(() => journey?.close());

  /** The wizard's first step: the kind of data and the file, then the preview of its first rows. */
  async function importFile(kind: string, file: { name: string; buffer: Buffer }, expected: { preview: string }) {
    await page.getByTestId('import-kind').getByText(kind, { exact: true }).click();
    // A template of this kind to start from, downloaded from the page itself.
    const [template] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-template').click()]);
    expect(template.suggestedFilename()).toMatch(/^guanxi-(customers|contacts|products|orders)-template\.csv$/);
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: file.name, mimeType: 'text/csv', buffer: file.buffer });
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-preview').getByText(expected.preview).first().waitFor();
  }

  it('sets up the administrator without demo data', async () => {
    await fillSetupForm(page, admin);
    expect(await page.getByTestId('setup-demo').isChecked()).toBe(false);
    await page.getByTestId('setup-submit').click();
    await page.waitForURL('**/customers');
    await page.getByText('还没有客户').waitFor();

    // A product for the orders' SKU P-100; the other lines have no SKU (a purchase of an unknown product).
    const product = await page.request.post('/api/v1/products', {
      headers: { origin: journey.server.baseUrl },
      data: {
        sku: 'P-100',
        name: 'A4 复印纸',
        category: '耗材',
        currency: 'CNY',
        listPrice: '1200.50',
        unitCost: '800.00',
      },
    });
    expect(product.status()).toBe(201);
  });

  it('imports a GBK customers file: preview, mapping, dry run, import', async () => {
    await page.getByRole('menu').getByRole('link', { name: '导入', exact: true }).click();
    await page.waitForURL('**/import');
    await page.getByRole('heading', { name: '导入' }).waitFor();

    await importFile(
      '客户',
      { name: '客户.csv', buffer: iconv.encode(customersCsv, 'gbk') },
      { preview: '上海明德贸易有限公司' },
    );
    expect(await page.getByTestId('import-detected-encoding').textContent()).toMatch(/GB/i);
    await page.screenshot({ path: `${screenshots}/import-preview.png`, fullPage: true, animations: 'disabled' });

    await page.getByTestId('import-next').click();
    await page.getByTestId('import-mapping').waitFor();
    expect(await page.getByTestId('import-missing').count()).toBe(0);
    await page.screenshot({ path: `${screenshots}/import-mapping.png`, fullPage: true, animations: 'disabled' });

    await page.getByTestId('import-next').click();
    await page.getByTestId('import-dry-run').click();
    await page.getByTestId('import-report-succeeded').waitFor();
    expect(await page.getByTestId('import-rows-imported').textContent()).toContain('3');

    await page.getByTestId('import-start').click();
    await page.getByTestId('import-report-succeeded').waitFor();
    expect(await page.getByTestId('import-rows-imported').textContent()).toContain('3');
    await page.screenshot({ path: `${screenshots}/import-done.png`, fullPage: true, animations: 'disabled' });
  });

  it('imports orders, skipping the row of an unknown customer after the dry run reports it', async () => {
    await page.getByTestId('import-another').click();
    await importFile('订单', { name: 'orders.csv', buffer: Buffer.from(ordersCsv) }, { preview: 'SO-1001' });
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-mapping').waitFor();
    expect(await page.getByTestId('import-missing').count()).toBe(0);
    await page.getByTestId('import-next').click();

    // Abort (the default): the dry run lists the bad row, and the import stays closed.
    await page.getByTestId('import-dry-run').click();
    await page.getByTestId('import-report').waitFor();
    const errorRows = page.getByTestId('import-errors').locator('tbody tr');
    await errorRows.first().waitFor();
    expect(await errorRows.count()).toBe(1);
    // The column by its label and the server's reason, in the interface's language.
    expect(await errorRows.first().locator('td').allTextContents()).toEqual(['6', '客户编号', '没有客户使用此编号']);
    expect(await page.getByTestId('import-start').isDisabled()).toBe(true);
    await page
      .getByTestId('import-report')
      .getByText('检查完成：正式导入会因这些错误行而中止，不写入任何数据')
      .waitFor();
    await page
      .getByTestId('import-report')
      .getByText('试运行：共 5 行，可导入 4 行；1 行有错误', { exact: false })
      .waitFor();
    await page.screenshot({ path: `${screenshots}/import-dry-run-errors.png`, fullPage: true, animations: 'disabled' });

    await page.getByTestId('import-on-error').getByText('导入正确的行，跳过错误的行').click();
    await page.getByTestId('import-dry-run').click();
    await page.getByTestId('import-report-succeeded').waitFor();
    await page.getByTestId('import-start').click();
    await page.getByTestId('import-report-succeeded').waitFor();
    expect(await page.getByTestId('import-rows-imported').textContent()).toContain('4');
    await page.getByTestId('import-jobs').getByText('orders.csv').first().waitFor();
    await page.screenshot({ path: `${screenshots}/import-orders-done.png`, fullPage: true, animations: 'disabled' });
  });

  it("shows a customer's purchase summary and orders", async () => {
    await page.getByRole('menu').getByRole('link', { name: '客户', exact: true }).click();
    await page.getByRole('link', { name: '上海明德贸易有限公司' }).click();
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
    const summary = page.getByTestId('customer-summary');
    await summary.getByTestId('summary-orders').getByText('2', { exact: true }).waitFor();
    await summary.getByTestId('summary-revenue').getByText('¥3,000.00').waitFor();

    await summary.getByTestId('summary-first').getByText('2024年1月31日').waitFor();
    await page.getByTestId('order-table').getByText('SO-1002').waitFor();
    await page.getByTestId('order-link').filter({ hasText: 'SO-1001' }).click();
    const lines = page.getByTestId('order-lines');
    await lines.getByText('A4 复印纸').waitFor();
    await lines.getByText('未知产品').waitFor();
    await lines.getByText('¥2,401.00').waitFor();
    await page.screenshot({ path: `${screenshots}/import-customer-order.png`, fullPage: true, animations: 'disabled' });
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Close|关闭/ })
      .click();
    await page.getByTestId('order-lines').waitFor({ state: 'hidden' });

    await page.setViewportSize({ width: 375, height: 812 });
    await summary.getByTestId('summary-revenue').waitFor();
    await expectNoOverflow(page);
    await page.screenshot({ path: `${screenshots}/import-customer-phone.png`, fullPage: true, animations: 'disabled' });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('exports the order list as CSV, headed and labelled in the interface language', async () => {
    await page.goto('/orders?status=paid');
    await page.getByTestId('order-table').getByText('SO-1001').waitFor();
    await page.screenshot({ path: `${screenshots}/import-orders.png`, fullPage: true, animations: 'disabled' });
    await page.getByTestId('export').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const path = await download.path();
    const csv = await readFile(path, 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFF订单号,客户编号,下单时间,状态,币种,产品编号,数量,单价,单位成本,回款金额,渠道',
    );
    expect(csv).toContain('SO-1001,C-001,2024-01-31 00:00:00,已付款,CNY');
    expect(csv).toContain('SO-1002');
    expect(csv).not.toContain('SO-1003');
  });
});
