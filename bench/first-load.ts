/**
 * npm run bench:first-load — how long a first visit takes in a real browser: headless Debian Chromium
 * (playwright-core), a fresh browser context per sample (empty cache, no service worker), against
 * the real server (`buildApp`) over a demo company on PGlite in memory, with a finished analysis.
 *
 * Measured per sample, in the page's own clock (from the start of the navigation):
 *   first content — the first contentful paint (Performance API `first-contentful-paint`);
 *   settled       — the page shows its data (its marker is on the page, no skeleton or spinner left)
 *                   and no request is pending for 500 ms: the latest of the marker's appearance, the
 *                   end of the last response (resource timing, the navigation's load event included)
 *                   and the first contentful paint.
 * Then the same page again in the same context ("repeat": what the cache keeps).
 *
 * Servers, in the same run, samples interleaved:
 *   project  — web/dist as the server sends it (precompressed, immutable assets, language set);
 *   baseline — the same server with `plainFiles`: files as they are on disk, `max-age=0`, as it served
 *              them before; BENCH_BASELINE_DIST serves another build there (e.g. the build before a change);
 *   floor    — a page of one line of text from the same server: what any page costs the browser.
 * Pages: the login page (no session), My work and Insights (a manager's session cookie).
 *
 *   BENCH_SAMPLES   (default 7) samples per page, server and network
 *   BENCH_NETWORK   (default both) loopback | office (emulated: 20 Mbit/s down, 5 up, 30 ms round trip) | both
 *   BENCH_CUSTOMERS (default 2,000: the demo the setup screen offers)
 *   BENCH_PAGES     (default all) a part of the pages' names, e.g. `login`
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { type Browser, chromium, type Page } from 'playwright-core';
import { runAnalysis } from '../src/analytics/index.ts';
import { systemActor } from '../src/auth/index.ts';
import { openDatabase } from '../src/db/client.ts';
import { loadDemoData } from '../src/demo/index.ts';
import { buildApp } from '../src/server/app.ts';
import type { WebAppOptions } from '../src/server/web.ts';

const samples = Number(process.env.BENCH_SAMPLES ?? 7);
const networkChoice = process.env.BENCH_NETWORK ?? 'both';
const demoCustomers = Number(process.env.BENCH_CUSTOMERS ?? 2_000);
const log = (line: string) => process.stderr.write(`${line}\n`);

const networks = {
  loopback: null,
  office: { latency: 30, downloadThroughput: (20e6 / 8) | 0, uploadThroughput: (5e6 / 8) | 0 },
} as const;
type NetworkName = keyof typeof networks;
const chosenNetworks = (networkChoice === 'both' ? ['loopback', 'office'] : [networkChoice]) as NetworkName[];

/** A page to load and how to tell it has its data: `present` is on the page and nothing of `absent`. */
interface PageCase {
  name: string;
  path: string;
  session: boolean;
  present: string;
  absent?: string;
}
const loading = '.ant-skeleton-active, .ant-spin-spinning, #boot';
const allPageCases: PageCase[] = [
  { name: 'floor (one line of text)', path: '/bench-floor', session: false, present: 'main' },
  { name: 'login page', path: '/login', session: false, present: '[data-testid=login-submit]', absent: loading },
  {
    name: 'My work (logged in)',
    path: '/work',
    session: true,
    present: '[data-testid=work-upcoming]',
    absent: loading,
  },
  {
    name: 'Insights (logged in)',
    path: '/insights',
    session: true,
    present: '[data-chart=echarts] canvas',
    absent: loading,
  },
];

const pageCases = allPageCases.filter(
  (pageCase) => pageCase.name.startsWith('floor') || pageCase.name.includes(process.env.BENCH_PAGES ?? ''),
);

interface Sample {
  firstContent: number;
  settled: number;
  requests: number;
  /** Bytes over the network (resource timing's transferSize: headers and encoded bodies). */
  transferred: number;
}

// ---------------------------------------------------------------------------------------------------
log(`loading a demo company of ${demoCustomers} customers into PGlite (memory) and running the analysis…`);
const database = await openDatabase({ dataDir: 'memory://' });
await database.migrate();
const demo = await loadDemoData({ db: database.db, actor: systemActor('command line'), customers: demoCustomers });
await runAnalysis({ db: database.db, actor: systemActor('command line') });
const manager = demo.users.find((user) => user.role === 'manager') ?? demo.users[0];

/** The real server, plus the floor page. */
async function serve(webApp: WebAppOptions) {
  const app = await buildApp({ database, webApp });
  app.get('/bench-floor', { config: { public: 'pages' }, schema: { hide: true } }, (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(
        '<!doctype html><html lang="zh-CN"><head><title>floor</title></head><body><main>关系 Guanxi</main></body></html>',
      ),
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  return { app, baseUrl: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}
const servers = {
  baseline: await serve({ plainFiles: true, dist: process.env.BENCH_BASELINE_DIST }),
  project: await serve({}),
};
type ServerName = keyof typeof servers;

async function sessionCookie(baseUrl: string) {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ email: manager.email, password: demo.password }),
  });
  const pair = response.headers.get('set-cookie')?.split(';')[0];
  if (!response.ok || !pair) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const [name, value] = pair.split('=');
  return { name, value };
}
const cookies = {
  baseline: await sessionCookie(servers.baseline.baseUrl),
  project: await sessionCookie(servers.project.baseUrl),
};

const browser: Browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
});

/** Loads the page and waits until it has settled; returns the page's own timings. */
async function loadOnce(page: Page, url: string, pageCase: PageCase, network: NetworkName): Promise<Sample> {
  const conditions = networks[network];
  if (conditions) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...conditions });
  }
  let pending = 0;
  let lastChange = Date.now();
  const change = (delta: number) => {
    pending += delta;
    lastChange = Date.now();
  };
  page.on('request', () => change(1));
  page.on('requestfinished', () => change(-1));
  page.on('requestfailed', () => change(-1));
  await page.goto(url, { waitUntil: 'commit' });
  await page
    .waitForFunction(() => (window as unknown as { benchReadyAt?: number }).benchReadyAt !== undefined, null, {
      timeout: 60_000,
      polling: 50,
    })
    .catch(async (error) => {
      await page.screenshot({ path: 'first-load-timeout.png' });
      throw new Error(`${url} did not show ${pageCase.present} within 60 s (first-load-timeout.png): ${error}`);
    });
  while (pending > 0 || Date.now() - lastChange < 500) await new Promise((wait) => setTimeout(wait, 50));
  return page.evaluate(async () => {
    const readyAt = (window as unknown as { benchReadyAt: number }).benchReadyAt;
    // The paint entry is queued once the frame is presented, which can come after the page has settled.
    const paint = await new Promise<PerformanceEntry | undefined>((resolve) => {
      const observer = new PerformanceObserver((list) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0];
        if (entry) resolve(entry);
      });
      observer.observe({ type: 'paint', buffered: true });
      setTimeout(() => resolve(undefined), 10_000);
    });
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const lastResponse = Math.max(navigation.loadEventEnd, ...resources.map((entry) => entry.responseEnd));
    return {
      firstContent: paint ? paint.startTime : Number.NaN,
      settled: Math.max(readyAt, lastResponse, paint?.startTime ?? 0),
      requests: resources.length + 1,
      transferred: resources.reduce((sum, entry) => sum + entry.transferSize, navigation.transferSize),
    };
  });
}

/**
 * Records on the page the moment it first has `present` and nothing of `absent` (checked on every DOM
 * change). A string, not a function: tsx's transform would add helpers the page does not have.
 */
const watchForReady = (marker: { present: string; absent: string }) => `(() => {
  const marker = ${JSON.stringify(marker)};
  const check = () => {
    if (window.benchReadyAt !== undefined || !document.querySelector(marker.present)) return;
    if (marker.absent && document.querySelector(marker.absent)) return;
    window.benchReadyAt = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  check();
})();`;

async function sample(server: ServerName, pageCase: PageCase, network: NetworkName) {
  const { baseUrl } = servers[server];
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 900 },
  });
  try {
    if (pageCase.session) await context.addCookies([{ ...cookies[server], url: baseUrl }]);
    await context.addInitScript({
      content: watchForReady({ present: pageCase.present, absent: pageCase.absent ?? '' }),
    });
    const cold = await loadOnce(await context.newPage(), baseUrl + pageCase.path, pageCase, network);
    const repeat = await loadOnce(await context.newPage(), baseUrl + pageCase.path, pageCase, network);
    return { cold, repeat };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------------
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value: number) => `${Math.round(value)} ms`;
const spread = (values: number[]) =>
  `${ms(median(values))} (${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))})`;
const kb = (bytes: number) => `${Math.round(bytes / 1024)} kB`;
const ratio = (project: number, baseline: number) => (project / baseline).toFixed(2);

const results: string[] = [];
const version = browser.version();
log(`Chromium ${version}; ${samples} samples per page, server and network`);
// Warm-up: the server's first requests (route compilation, first queries) are not what a visitor meets.
for (const server of ['baseline', 'project'] as const)
  for (const pageCase of pageCases) await sample(server, pageCase, 'loopback');

for (const network of chosenNetworks) {
  for (const pageCase of pageCases) {
    const taken: Record<ServerName, { cold: Sample; repeat: Sample }[]> = { baseline: [], project: [] };
    for (let i = 0; i < samples; i++)
      for (const server of ['baseline', 'project'] as const)
        taken[server].push(await sample(server, pageCase, network));
    const of = (server: ServerName, visit: 'cold' | 'repeat', key: keyof Sample) =>
      taken[server].map((s) => s[visit][key]);
    for (const visit of ['cold', 'repeat'] as const) {
      const row = [
        pageCase.name,
        network,
        visit,
        spread(of('baseline', visit, 'firstContent')),
        spread(of('project', visit, 'firstContent')),
        ratio(median(of('project', visit, 'firstContent')), median(of('baseline', visit, 'firstContent'))),
        spread(of('baseline', visit, 'settled')),
        spread(of('project', visit, 'settled')),
        ratio(median(of('project', visit, 'settled')), median(of('baseline', visit, 'settled'))),
        `${kb(median(of('baseline', visit, 'transferred')))} / ${median(of('baseline', visit, 'requests'))}`,
        `${kb(median(of('project', visit, 'transferred')))} / ${median(of('project', visit, 'requests'))}`,
      ];
      results.push(`| ${row.join(' | ')} |`);
      log(results.at(-1) ?? '');
    }
  }
}

await browser.close();
await servers.baseline.app.close();
await servers.project.app.close();
await database.close();

console.log(
  `\nFirst load, median (min–max) of ${samples} samples; Chromium ${version}; ${cpus().length} cores ` +
    `(${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB; load average ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' / ')} at the end\n`,
);
console.log(
  '| page | network | visit | first content, baseline | first content, project | ÷ | settled, baseline | settled, project | ÷ | transferred / requests, baseline | project |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const row of results) console.log(row);
