// The web console in real Chromium (playwright-core driving Debian's /usr/bin/chromium; no browser download)
// against `dlt local up` serving the built console (web/dist) and its /config.json: sign in with the login link,
// create a scenario against a loopback target, watch live data, read the results, set a baseline, run again and
// compare. Each page is screenshotted into tests/e2e/.artifacts/ (git-ignored) and scanned with axe-core.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './helpers.js';
import { useLocalApi } from './local-api-fixture.js';

const local = useLocalApi();
const ARTIFACTS = join(repoRoot, 'tests/e2e/.artifacts/console');
const CHROMIUM = '/usr/bin/chromium';
/** vitest's expect.poll gives up after 1 s by default; pages that sign requests first can take longer on a busy machine. */
const POLL = { timeout: 15_000 };
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

let browser: Browser;
let page: Page;
let target: Server;
let targetUrl: string;
let origin: string;
const pageErrors: string[] = [];
/** Every API call the page made, as `METHOD /path`. */
const apiCalls: string[] = [];

async function loginUrl(): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const m = /login:\s+(\S+#token=\S+)/.exec(local.api.stdout());
    if (m) return m[1]!;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no login link in the output of dlt local up:\n${local.api.stdout()}`);
}

/** A screenshot, then an axe-core scan: serious and critical violations fail the test. */
async function check(name: string) {
  // Fixed bars would otherwise land mid-page in a full-page shot.
  await page.evaluate(() => window.scrollTo(0, 0));
  // A fade-in still running would be measured at partial opacity: wait for finite animations to end.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  // evaluate() runs outside the page's CSP, which (rightly) refuses injected scripts.
  const axeSource = await readFile(join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{
            violations: Array<{
              id: string;
              impact: string;
              help: string;
              nodes: Array<{ target: string[]; html: string }>;
            }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.impact} ${v.id}: ${v.help} at ${v.nodes
            .map((n) => n.html.slice(0, 160))
            .slice(0, 3)
            .join(' | ')}`,
      );
  });
  expect(violations, `axe on ${name}`).toEqual([]);
}

async function waitForStatus(status: string, timeout = 90_000) {
  await page.waitForFunction(
    (want) => document.querySelector('h1 [data-testid="status"]')?.textContent?.trim() === want,
    status,
    { timeout },
  );
}

beforeAll(async () => {
  if (!existsSync(join(repoRoot, 'web/dist/index.html'))) {
    throw new Error('web/dist is not built: run `npm run build -w web` first');
  }
  await mkdir(ARTIFACTS, { recursive: true });
  await writeFile(join(repoRoot, 'tests/e2e/.artifacts/.gitignore'), '*\n');
  target = createServer((req, res) => {
    res.writeHead(req.url === '/fail' ? 500 : 200, { 'content-type': 'text/plain' });
    res.end('ok');
  });
  await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
  targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}/`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/')) apiCalls.push(`${r.method()} ${url.pathname.slice(4)}`);
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (target ? target.close(() => resolve()) : resolve()));
});

describe('web console in Chromium against local mode', () => {
  it('signs in with the one-time login link and lands on the dashboard, token out of the URL', async () => {
    const link = await loginUrl();
    origin = new URL(link).origin;
    await page.goto(link);
    await page.waitForURL(`${origin}/`);
    await page.getByTestId('stack-info').waitFor();
    expect(page.url()).not.toContain('token=');
    await check('01-dashboard');
    await page.getByTestId('theme-toggle').click();
    expect(await page.evaluate(() => document.documentElement.classList.contains('app-dark'))).toBe(true);
    await check('01-dashboard-dark');
    await page.getByTestId('theme-toggle').click();
    await page.goto(`${origin}/scenarios`);
    await page.getByTestId('empty-state').waitFor();
    await check('02-scenarios-empty');
  }, 60_000);

  it('shows invalid input at the fields and sends nothing', async () => {
    await page.goto(`${origin}/scenarios/create`);
    await page.getByTestId('test-name').waitFor();
    apiCalls.length = 0;
    await page.getByTestId('request-0-url').fill('not a url');
    await page.getByTestId('submit').click();
    await expect.poll(() => page.locator('#test-name-error').textContent(), POLL).toBe('Enter a name.');
    expect(await page.locator('#req-0-url-error').textContent()).toMatch(/full URL/);
    expect(await page.getByTestId('test-name').getAttribute('aria-invalid')).toBe('true');
    // Focus moved to the first field in error, so keyboard users land on it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('test-name');
    expect(apiCalls.filter((c) => !c.startsWith('GET '))).toEqual([]);
    await check('03-form-errors');
  }, 60_000);

  it('keeps the form through an expired session: to the login page and back, restored', async () => {
    await page.getByTestId('test-name').fill('Draft kept');
    await page.getByTestId('test-description').fill('Typed before the session expired');
    await page.getByTestId('request-0-url').fill(targetUrl);
    // The API answers as it does for expired session credentials (local sessions last an hour).
    await page.route('**/api/scenarios', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 403,
            contentType: 'application/json',
            headers: { 'x-amzn-ErrorType': 'ExpiredTokenException' },
            body: JSON.stringify({ message: 'The security token included in the request is expired' }),
          })
        : route.fallback(),
    );
    await page.getByTestId('submit').click();
    await page.waitForURL(`${origin}/login?expired=1`);
    await page.unroute('**/api/scenarios');
    // Chromium logs the refused request itself; nothing else may have gone wrong.
    expect(pageErrors.filter((e) => !/status of 403/.test(e))).toEqual([]);
    pageErrors.length = 0;
    expect(await page.evaluate(() => sessionStorage.getItem('dlt.credentials'))).toBeNull();
    await check('04-login-expired');

    const fresh = await runCli(['local', 'login-link', '--state-dir', local.api.stateDir]);
    const link = /(http:\/\/\S+#token=\S+)/.exec(fresh.stdout)?.[1];
    expect(link, fresh.stdout + fresh.stderr).toBeDefined();
    await page.goto(link!);
    await page.waitForURL(`${origin}/scenarios/create`);
    await page.getByTestId('draft-restored').waitFor();
    expect(await page.getByTestId('test-name').inputValue()).toBe('Draft kept');
    expect(await page.getByTestId('request-0-url').inputValue()).toBe(targetUrl);
  }, 60_000);

  it('creates and runs a scenario against a loopback target, with live data and results', async () => {
    await page.getByTestId('test-name').fill('Console E2E');
    await page.getByTestId('test-description').fill('Created in Chromium by tests/e2e/console.test.ts');
    await page.getByTestId('request-0-url').fill(targetUrl);
    await page.locator('#hold-for').fill('6');
    await page.locator('#hold-for').press('Tab');
    await page.getByRole('combobox', { name: 'Hold-for unit' }).click();
    await page.getByRole('option', { name: 'seconds' }).click();
    await page.getByRole('button', { name: 'Write a criterion by hand' }).click();
    await page.getByTestId('criterion-0').fill('p95>5000ms');
    await page.getByTestId('submit').click();
    await page.waitForURL(/\/scenarios\/[A-Za-z0-9]{10}$/, { timeout: 20_000 });
    expect(apiCalls).toContain('POST /scenarios');

    await page.waitForFunction(
      () =>
        Number(document.querySelector('[data-testid="live-charts"]')?.getAttribute('data-live-points')) > 0,
      null,
      { timeout: 60_000 },
    );
    expect(await page.getByTestId('live-charts').getAttribute('data-live-state')).toBe('connected');
    await check('05-scenario-running');
    await waitForStatus('complete');
    await page.locator('[data-testid^="run-link-"]').first().waitFor();
    await check('06-scenario-complete');

    await page.locator('[data-testid^="run-link-"]').first().click();
    await page.getByTestId('results-table').waitFor();
    const requests = await page
      .getByTestId('results-table')
      .locator('tbody tr')
      .first()
      .locator('td')
      .nth(1)
      .textContent();
    expect(Number(requests?.replace(/,/g, ''))).toBeGreaterThan(0);
    expect(await page.getByTestId('verdict').textContent()).toMatch(/passed[\s\S]*p95>5000ms/);
    await check('07-run-results');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('report-html').click(),
    ]);
    const reportPath = await download.path();
    expect(await readFile(reportPath, 'utf8')).toMatch(/<html[\s\S]*Console E2E/i);
    await page.getByTestId('tab-artifacts').click();
    await page.getByTestId('artifacts').waitFor();
    expect(await page.getByTestId('artifacts').textContent()).toMatch(/timeseries\.json/);
    await page.getByTestId('tab-charts').click();
    await page.getByTestId('chart-rps').waitFor();
    expect(Number(await page.getByTestId('chart-rps').getAttribute('data-points'))).toBeGreaterThan(0);
    await check('08-run-charts');
  }, 150_000);

  it('sets a baseline, runs again and compares the two runs', async () => {
    await page.goBack();
    await page.waitForURL(/\/scenarios\/[A-Za-z0-9]{10}$/);
    const rows = page.getByTestId('runs-table').locator('tbody tr');
    await rows.first().locator('input[type="checkbox"]').check();
    await page.getByTestId('set-baseline').click();
    await page.getByTestId('baseline-card').waitFor();

    await page.getByTestId('run-now').click();
    await page.waitForFunction(
      () =>
        document.querySelectorAll('[data-testid="runs-table"] tbody tr [data-testid^="run-link-"]').length ===
        2,
      null,
      { timeout: 30_000 },
    );
    await waitForStatus('complete');
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid="runs-table"] tbody tr [data-testid="status"]')].every(
          (s) => s.textContent?.trim() === 'complete',
        ),
      null,
      { timeout: 30_000 },
    );
    const boxes = page.getByTestId('runs-table').locator('tbody tr input[type="checkbox"]');
    for (let i = 0; i < 2; i++) if (!(await boxes.nth(i).isChecked())) await boxes.nth(i).check();
    await check('09-runs-with-baseline');
    await page.getByTestId('compare-runs').click();
    await page.getByTestId('compare-table').waitFor();
    expect(await page.getByTestId('compare-table').locator('thead th').count()).toBe(3);
    await page.getByTestId('compare-rps').waitFor();
    await check('10-compare');
  }, 150_000);

  it('edits the scenario into a cron schedule, with its next 5 runs previewed', async () => {
    const testId = new URL(page.url()).pathname.split('/')[2]!;
    await page.goto(`${origin}/scenarios/${testId}/edit`);
    await expect.poll(() => page.getByTestId('test-name').inputValue(), POLL).toBe('Console E2E');
    await page.getByTestId('schedule-mode').getByText('Run on a schedule').click();
    await page.getByTestId('cron-value').fill('0 9 * * 1-5');
    await expect.poll(() => page.getByTestId('cron-preview').locator('li').count(), POLL).toBe(5);
    await check('11-form-cron');
    await page.getByTestId('submit').click();
    await page.waitForURL(`${origin}/scenarios/${testId}`);
    await waitForStatus('scheduled', 20_000);
    expect(await page.getByTestId('scenario-details').textContent()).toMatch(
      /0 9 \* \* 1-5[\s\S]*next run \d{4}-\d{2}-\d{2} 09:00:00/,
    );
    await check('12-scenario-scheduled');
  }, 60_000);

  it('renders the MCP page and the scenario list on a 390 px screen', async () => {
    await page.goto(`${origin}/mcp`);
    await page.getByRole('heading', { name: 'MCP settings' }).waitFor();
    await check('13-mcp');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${origin}/scenarios`);
    await page.getByTestId('scenarios-table').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await check('14-scenarios-390px');
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
