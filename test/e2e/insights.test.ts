import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoOverflow, type Journey, openJourney, screenshots } from './support/journey.ts';
import { fillSetupForm } from './support/setup-form.ts';

const admin = { name: '赵总', email: 'boss@example.com', password: 'a long enough secret' };
const segmentNames: Record<string, string> = {
  champions: '冠军客户',
  loyal: '忠诚客户',
  potential_loyalist: '潜在忠诚客户',
  new: '新客户',
  promising: '有潜力客户',
  need_attention: '需要关注客户',
  about_to_sleep: '即将沉睡客户',
  at_risk: '流失风险客户',
  cant_lose_them: '不能失去的客户',
  hibernating: '沉睡客户',
  prospect: '准客户',
};

/**
 * Insights (洞察): on a demo company, run the analysis from the page, see every picture drawn, click
 * a segment into the filtered customer list, and read a customer's scores; in both languages and at
 * phone width.
 */
describe('insights journey', () => {
  let journey: Journey;
  let page: Page;
  const dailyAnalysis = process.env.GUANXI_DAILY_ANALYSIS;

  beforeAll(async () => {
    // No nightly run: the only analysis is the one that loading the demo asks for.
    process.env.GUANXI_DAILY_ANALYSIS = 'off';
    journey = await openJourney();
    page = journey.page;
  });

  afterAll(async () => {
    await journey?.close();
    if (dailyAnalysis === undefined) delete process.env.GUANXI_DAILY_ANALYSIS;
    else process.env.GUANXI_DAILY_ANALYSIS = dailyAnalysis;
  });

  /** Every ECharts picture on the page has drawn its canvas, and none reported an error. */
  async function expectPictures(testIds: string[]) {
    for (const testId of testIds) {
      const chart = page.getByTestId(testId).first();
      await chart.locator('canvas').first().waitFor();
      const box = await chart.boundingBox();
      expect(box?.width, testId).toBeGreaterThan(100);
      expect(box?.height, testId).toBeGreaterThan(80);
    }
    expect(await page.getByTestId('chart-error').count()).toBe(0);
    expect(journey.pageErrors).toEqual([]);
  }

  async function openTab(name: string) {
    await page.getByRole('tab', { name, exact: true }).click();
  }

  it('sets up an administrator, finds nothing to analyse yet, and loads a demo company of 300 customers', async () => {
    await fillSetupForm(page, admin);
    await page.getByTestId('setup-submit').click();
    await page.waitForURL('**/customers');

    // An empty database: Insights invite to import data or to load the demo, and offer no analysis run.
    await page.getByRole('menu').getByRole('link', { name: '洞察', exact: true }).click();
    await page.waitForURL('**/insights');
    const empty = page.getByTestId('insights-empty');
    await empty.getByText('还没有可分析的数据').waitFor();
    await empty.getByTestId('insights-import').waitFor();
    await empty.getByTestId('insights-load-demo').waitFor();
    expect(await empty.getByTestId('run-analysis').count()).toBe(0);
    await page.screenshot({ path: `${screenshots}/insights-empty.png`, fullPage: true, animations: 'disabled' });
    await page.goto('/customers');

    const demo = await page.request.post('/api/v1/demo', {
      data: { customers: 300 },
      headers: { origin: journey.server.baseUrl },
    });
    expect(demo.status(), await demo.text()).toBe(201);
    await page.reload();
    await page.getByTestId('customer-link').first().waitFor();
  });

  it('shows the analysis of the demo without anyone running it', async () => {
    await page.getByRole('menu').getByRole('link', { name: '洞察', exact: true }).click();
    await page.waitForURL('**/insights');
    // The page may catch the analysis running ("正在分析购买记录…"); either way the pictures come by themselves.
    await page.getByTestId('run-picker').waitFor({ timeout: 60_000 });
    await page.getByTestId('run-picker').getByText(/300/).waitFor();
    await expectPictures(['chart-rfm-grid', 'chart-segments']);
    expect(await page.getByTestId('insights-empty').count()).toBe(0);
    await page.waitForTimeout(1200); // the charts' entry animation
    await page.screenshot({ path: `${screenshots}/insights-rfm.png`, fullPage: true });
  });

  it('draws every picture: value, pyramids, scorecard, ladder, measures, cohorts, migration', async () => {
    await openTab('客户价值');
    await expectPictures(['chart-pareto', 'chart-abc-classes', 'chart-pyramid', 'chart-scorecard']);
    expect(await page.getByTestId('chart-pyramid').count()).toBe(2);
    await page
      .getByTestId('top-fifth-share')
      .getByText(/前 20% 的购买客户贡献了 \d+% 的销售额/)
      .waitFor();
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `${screenshots}/insights-value.png`, fullPage: true });

    await openTab('忠诚度');
    await expectPictures(['chart-ladder', 'chart-ladder-stopped']);
    await page.getByTestId('measures-table').getByText('全部客户').first().waitFor();
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `${screenshots}/insights-loyalty.png`, fullPage: true });

    await openTab('同期群');
    await expectPictures(['chart-cohorts']);
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `${screenshots}/insights-cohorts.png`, fullPage: true });

    // A second run, a year earlier, to compare with.
    const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
    const older = await page.request.post('/api/v1/analytics/runs', {
      data: { asOf: yearAgo },
      headers: { origin: journey.server.baseUrl },
    });
    expect(older.status(), await older.text()).toBe(201);
    await page.reload();
    await openTab('客户迁移');
    await page.getByTestId('migration-from').getByText(yearAgo).waitFor();
    await expectPictures(['chart-migration']);
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `${screenshots}/insights-migration.png`, fullPage: true });

    // An older run can be looked at; the page says that lists follow the latest one.
    await page.goto(`/insights?run=${(await older.json()).id}`);
    await page.getByTestId('older-run').waitFor();
    await page.getByTestId('run-picker').getByText(yearAgo).waitFor();
    await expectPictures(['chart-rfm-grid', 'chart-segments']);
  });

  it('opens the customers of a segment from its bar, with the filter as a tag and in the export', async () => {
    const summary = await (await page.request.get('/api/v1/analytics/summary')).json();
    const segments: { segment: string; customers: number }[] = summary.rfm.segments;
    await page.goto('/insights');
    const chart = page.getByTestId('chart-segments');
    await chart.locator('canvas').first().waitFor();
    await page.waitForTimeout(1200);
    const box = await chart.locator('canvas').first().boundingBox();
    if (!box) throw new Error('the segment chart has no box');
    // Where the bars lie inside the canvas is the chart's business: scan down a line across the
    // longer bars and click until one opens its list, then check that list against that segment.
    for (let y = box.y + 4; y < box.y + box.height && !/\/customers\?/.test(page.url()); y += 10) {
      await page.mouse.click(box.x + box.width * 0.3, y);
      await page.waitForTimeout(150);
    }
    await page.waitForURL(/\/customers\?segment=[a-z_]+$/);
    const clicked = new URL(page.url()).searchParams.get('segment')!;
    const opened = segments.find((s) => s.segment === clicked)!;
    const tag = page.getByTestId('analysis-tag-segment');
    await tag.getByText(`细分: ${segmentNames[clicked]}`).waitFor();
    await page.getByTestId('customer-link').first().waitFor();
    const listed = await (await page.request.get(`/api/v1/customers?segment=${clicked}&limit=200`)).json();
    expect(listed.items.length).toBe(opened.customers);
    expect(await page.getByTestId('customer-link').count()).toBe(Math.min(50, opened.customers));

    await page.getByTestId('export').click();
    expect(await page.getByTestId('export-csv').getAttribute('href')).toContain(`segment=${clicked}`);
    await page.keyboard.press('Escape');
    await page.screenshot({ path: `${screenshots}/insights-customers.png`, fullPage: true, animations: 'disabled' });

    // The watch-lists are quick filters; removing the tag drops the segment.
    await page.getByTestId('watch-lapsed').click();
    await page.waitForURL(/watch=lapsed/);
    await tag.locator('.ant-tag-close-icon').click();
    await page.waitForURL(/\/customers\?watch=lapsed$/);
    await page.getByTestId('watch-lapsed').click();
    await page.waitForURL(/\/customers$/);

    // A cell of the R×F grid opens its segment: R5 F5 (top right) holds champions.
    await page.goto('/insights');
    const grid = page.getByTestId('chart-rfm-grid');
    await grid.locator('canvas').first().waitFor();
    await page.waitForTimeout(1200);
    const gridBox = await grid.boundingBox();
    if (!gridBox) throw new Error('the R×F grid has no box');
    // The grid's margins: 48 px left, 12 right, 8 top, 76 bottom (web/src/pages/insights/rfm-grid-chart.tsx).
    const cellWidth = (gridBox.width - 60) / 5;
    const cellHeight = (gridBox.height - 84) / 5;
    await clickUntilNavigated(
      page,
      gridBox.x + 48 + cellWidth * 4.5,
      gridBox.y + 8 + cellHeight * 0.5,
      /segment=champions/,
    );
    await page.waitForURL(/\/customers\?segment=champions$/);
    await page.getByTestId('analysis-tag-segment').getByText('细分: 冠军客户').waitFor();
  });

  it("shows a customer's scores and segment history, and lets the manager set wallet and potential", async () => {
    await page.goto('/customers?segment=champions');
    await page.getByTestId('customer-link').first().click();
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
    const scores = page.getByTestId('customer-scores');
    await scores.getByTestId('scores-tags').getByText('冠军客户').waitFor();
    expect(await scores.getByTestId('score-rScore').textContent()).toContain('5');
    await scores.getByTestId('scores-history').getByText('冠军客户').waitFor();

    await page.getByTestId('customer-edit').click();
    const form = page.getByTestId('customer-form');
    await form.getByLabel('客户年度总支出估算').fill('50000');
    await form.getByLabel('潜力评分（0–100）').fill('80');
    await page.getByTestId('customer-save').click();
    const details = page.getByTestId('customer-descriptions');
    await details.getByText('50,000').waitFor();
    await details.getByText('80', { exact: true }).waitFor();
    await page.screenshot({ path: `${screenshots}/insights-customer.png`, fullPage: true, animations: 'disabled' });
  });

  it('at 1440 × 900 fits the loyalty measures in their card, and shows the cohorts up to the month in progress', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const today = await (await page.request.get('/api/v1/analytics/cohorts?from=2025-01&months=24')).json();
    for (const [language, texts] of [
      ['zh', { measure: '指标', partial: '尚未结束', unranked: '归入最底层', unknown: '潜在价值未知' }],
      ['en', { measure: 'Measure', partial: 'in progress', unranked: 'bottom tier', unknown: 'Potential unknown' }],
    ] as const) {
      await page.goto('/insights?tab=loyalty');
      if (language === 'en') await page.getByTestId('language-switch').getByText('English').click();
      const table = page.getByTestId('measures-table');
      await table.getByText(texts.measure, { exact: true }).first().waitFor();
      await page.waitForTimeout(500);
      // Every column is within the card: the table needs no scrolling, and the page does not overflow.
      const fit = await table.evaluate((element) => {
        const scroller = element.querySelector('.ant-table-content') as HTMLElement;
        const card = element.closest('[data-testid="card-measures"]') as HTMLElement;
        const cells = [...element.querySelectorAll('th, td')].map((cell) => cell.getBoundingClientRect().right);
        return {
          hidden: scroller.scrollWidth - scroller.clientWidth,
          past: Math.max(...cells) - card.getBoundingClientRect().right,
        };
      });
      expect(fit.hidden, `${language}: columns scrolled out of the card`).toBeLessThanOrEqual(0);
      expect(fit.past, `${language}: cells past the card`).toBeLessThanOrEqual(0);
      await expectNoOverflow(page, `${language} loyalty`);
      await page.screenshot({ path: `${screenshots}/insights-loyalty-1440-${language}.png`, fullPage: true });

      // Cohorts: every row runs to this month; the month in progress is drawn apart and said so.
      await openTab(language === 'zh' ? '同期群' : 'Cohorts');
      await expectPictures(['chart-cohorts']);
      const partial = page.getByTestId('cohorts-partial');
      if (today.partialMonth) await partial.getByText(texts.partial, { exact: false }).waitFor();
      else expect(await partial.count()).toBe(0);
      await page.waitForTimeout(1200);
      // No month name touches the canvas's left edge (a clipped "026-01" would).
      const edge = await page.getByTestId('chart-cohorts').evaluate((element) => {
        const canvas = element.querySelector('canvas') as HTMLCanvasElement;
        const pixels = canvas.getContext('2d')!.getImageData(0, 0, 4, canvas.height).data;
        let inked = 0;
        for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 3] > 0 && pixels[i] < 200) inked++;
        return inked;
      });
      expect(edge, `${language}: cohort labels at the canvas edge`).toBe(0);
      await page.screenshot({ path: `${screenshots}/insights-cohorts-1440-${language}.png`, fullPage: true });

      // The demo's prospects have none of the value pyramid's indicators and no potential input.
      await openTab(language === 'zh' ? '客户价值' : 'Value');
      await expectPictures(['chart-pyramid', 'chart-scorecard']);
      await page.getByTestId('pyramid-unranked').first().getByText(texts.unranked, { exact: false }).waitFor();
      await page.getByTestId('card-scorecard').getByText(texts.unknown, { exact: false }).waitFor();
    }
    await page.getByTestId('language-switch').getByText('中文').click();
  });

  it('works at phone width (375 px) in Chinese and in English', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    for (const [language, tabs] of [
      ['zh', ['RFM', '客户价值', '忠诚度']],
      ['en', ['RFM', 'Value', 'Loyalty']],
    ] as const) {
      if (language === 'en') await page.getByTestId('language-switch').getByText('English').click();
      for (const [index, tab] of tabs.entries()) {
        await page.goto(`/insights${index === 0 ? '' : `?tab=${['rfm', 'value', 'loyalty'][index]}`}`);
        await page.getByRole('tab', { name: tab, exact: true }).waitFor();
        await expectPictures(index === 0 ? ['chart-segments'] : index === 1 ? ['chart-pyramid'] : ['chart-ladder']);
        await page.waitForTimeout(1200);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${language} ${tab}`).toBeLessThanOrEqual(0);
        const name = ['rfm', 'value', 'loyalty'][index];
        await page.screenshot({ path: `${screenshots}/insights-phone-${language}-${name}.png`, fullPage: true });
      }
    }
    await page.goto('/customers?segment=at_risk&watch=spend_drop');
    await page.getByTestId('analysis-tag-segment').getByText('Segment: At risk').waitFor();
    await expectNoOverflow(page);
    await page.screenshot({ path: `${screenshots}/insights-phone-en-customers.png`, fullPage: true });

    await page.goto('/customers?segment=champions');
    await page.getByTestId('customer-link').first().click();
    await page.getByTestId('customer-scores').getByText('Champions').first().waitFor();
    const detailOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(detailOverflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${screenshots}/insights-phone-en-customer.png`, fullPage: true });
  });
});

/**
 * Clicks a point of a chart until the page navigates: charts animate in, and on a busy machine the
 * bar or cell may not be under the point yet at the first click.
 */
async function clickUntilNavigated(page: Page, x: number, y: number, url: RegExp) {
  for (let attempt = 0; attempt < 20 && !url.test(page.url()); attempt++) {
    await page.mouse.click(x, y);
    await page.waitForTimeout(500);
  }
  await page.waitForURL(url);
}
