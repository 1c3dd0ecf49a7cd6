import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoOverflow, type Journey, openJourney, screenshots } from './support/journey.ts';
import { fillSetupForm } from './support/setup-form.ts';

const admin = { name: '钱总', email: 'boss@example.com', password: 'a long enough secret' };
const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

/**
 * How RFM scores are set (docs/analytics.md, "RFM"): the Insights page shows each score's method and
 * the ranges behind each score; a manager takes the latest quantile cut points as fixed thresholds in
 * the scoring settings; a customer's score history says why a score moved. In both languages.
 */
describe('RFM scoring journey', () => {
  let journey: Journey;
  let page: Page;

  beforeAll(async () => {
    journey = await openJourney();
    page = journey.page;
  });

  afterAll(() => journey?.close());

  const api = async (method: 'get' | 'post' | 'put', path: string, data?: unknown) => {
    const response = await page.request.fetch(path, {
      method,
      data,
      headers: { origin: journey.server.baseUrl },
    });
    expect(response.status(), await response.text()).toBeLessThan(300);
    return response.json();
  };

  it('shows how each score was set on the RFM tab', async () => {
    await fillSetupForm(page, admin);
    await page.getByTestId('setup-submit').click();
    await page.waitForURL('**/customers');
    await api('post', '/api/v1/demo', { customers: 200 });
    // Two runs two months apart: quantile scores move with time and with everyone's purchases.
    await api('post', '/api/v1/analytics/runs', { asOf: day(60) });
    await api('post', '/api/v1/analytics/runs', { asOf: day(0) });

    await page.goto('/insights');
    const card = page.getByTestId('card-rfm-scoring');
    await card.getByText('评分方式').waitFor();
    expect(await card.getByTestId('rfm-method-frequency').textContent()).toBe('固定阈值');
    expect(await card.getByTestId('rfm-method-recency').textContent()).toBe('分位数');
    // F's fixed cut points 1, 2, 4, 7: the row reads ≤ 1, 2, 3–4, 5–7, ≥ 8.
    const frequencyRow = card.getByTestId('rfm-cut-points').locator('tr', { hasText: '购买频率' });
    for (const text of ['≤ 1', '2', '3–4', '5–7', '≥ 8']) await frequencyRow.getByText(text, { exact: true }).waitFor();
    await page.screenshot({ path: `${screenshots}/rfm-scoring-card.png`, fullPage: true, animations: 'disabled' });
  });

  it('lets a manager take the latest quantile cut points of R as fixed thresholds, and checks them', async () => {
    const latest = (await api('get', '/api/v1/analytics/runs')).items[0];
    const recency: number[] = latest.rfmCutPoints.recency.cutPoints;
    await page.getByTestId('rfm-scoring-settings').click();
    const drawer = page.getByTestId('rfm-scoring-drawer');
    await drawer.getByTestId('rfm-latest-recency').waitFor();
    await drawer.getByTestId('rfm-adopt-recency').click();
    for (const [i, cut] of recency.entries())
      expect(await drawer.getByTestId(`rfm-cut-recency-${i + 1}`).inputValue()).toBe(String(cut));

    // F's cut points out of order: said so, and nothing is saved.
    const second = drawer.getByTestId('rfm-cut-frequency-2');
    await second.fill('1');
    await drawer.getByTestId('rfm-problem-frequency').getByText('每个分界点必须大于前一个').waitFor();
    expect(await page.getByTestId('rfm-scoring-save').isDisabled()).toBe(true);
    await page.screenshot({ path: `${screenshots}/rfm-scoring-drawer.png`, fullPage: true, animations: 'disabled' });
    await second.fill('2');
    await page.getByTestId('rfm-scoring-save').click();
    await page.getByText('已保存：下一次分析将使用这些设置。').waitFor();

    const saved = await api('get', '/api/v1/analytics/settings');
    expect(saved.rfm.recency).toEqual({ method: 'fixed', cutPoints: recency });
    expect(saved.rfm.frequency).toEqual({ method: 'fixed', cutPoints: [1, 2, 4, 7] });
  });

  it("says in a customer's score history why a score moved, in Chinese and in English", async () => {
    const customers = (await api('get', '/api/v1/customers?limit=200')).items as { id: string }[];
    let moved: string | undefined;
    for (const { id } of customers) {
      const history = (await api('get', `/api/v1/customers/${id}/scores`)).items;
      const moves: { score: string; from: number | null }[] = history.flatMap(
        (item: { moves: { score: string; from: number | null }[] }) => item.moves,
      );
      if (moves.some((move) => move.score === 'recency' && move.from !== null)) {
        moved = id;
        break;
      }
    }
    expect(moved).toBeDefined();
    await page.goto(`/customers/${moved}`);
    const moves = page.getByTestId('scores-history');
    await moves.getByText(/^R \d→\d: 最近一次购买距今 [\d,]+ 天/).waitFor();
    await page.screenshot({ path: `${screenshots}/rfm-score-moves-zh.png`, fullPage: true, animations: 'disabled' });

    await page.getByTestId('language-switch').getByText('English').click();
    await moves.getByText(/^R \d→\d: [\d,]+ days? since the last purchase/).waitFor();
    await page.goto('/insights');
    await page.getByTestId('card-rfm-scoring').getByText('How the scores are set').waitFor();

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/customers/${moved}`);
    await page.getByTestId('scores-history').waitFor();
    await expectNoOverflow(page, 'customer page at phone width');
    await page.goto('/insights');
    await page.getByTestId('rfm-scoring-settings').click();
    await page.getByTestId('rfm-setting-monetary').waitFor();
    await expectNoOverflow(page, 'scoring settings at phone width');
    expect(journey.pageErrors).toEqual([]);
  });
});
