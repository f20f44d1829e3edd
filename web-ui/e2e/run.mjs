// Browser tests of the web UI against a running Golive (the whole stack behind the gateway), in Debian's Chromium
// driven by playwright-core (no browser download). Started by system-tests' WebUiBrowserSystemIT, or by hand:
//   GOLIVE_URL=http://localhost:8080 npm run e2e
// Environment:
//   GOLIVE_URL      the gateway (required)
//   CHROMIUM        the browser (default /usr/bin/chromium)
//   SCREENSHOTS     where the views' screenshots go (default ../docs/screenshots)
//   E2E_ONLY        run only the tests whose names match this regular expression (e.g. 'site|baseline')
//   GOLIVE_TOKENS   JSON {"username": "access token", ...}: used only while the gateway has no browser sign-in (no
//                   /api/me), to call the real API with a bearer token; /api/me is then answered from the token.
import { mkdtemp, mkdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { sitePlanTests } from './site-plan.mjs';
import { stakeholderTests } from './stakeholders.mjs';
import { formTests } from './forms.mjs';
import { tabletTests } from './tablet.mjs';
import { cutoverAndResourcesTests } from './cutover-resources.mjs';

const base = process.env.GOLIVE_URL;
if (!base) throw new Error('GOLIVE_URL is required');
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const screenshots = resolve(process.env.SCREENSHOTS ?? new URL('../../docs/screenshots', import.meta.url).pathname);
const tokens = JSON.parse(process.env.GOLIVE_TOKENS ?? '{}');
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
await mkdir(screenshots, { recursive: true });

// --- a tiny runner: each test prints ok / not ok / skip; any failure fails the run ----------------------------------
const results = [];
// E2E_ONLY: a regular expression; only the tests whose names match run (the others are reported skipped).
const only = process.env.E2E_ONLY ? new RegExp(process.env.E2E_ONLY) : null;
async function test(name, body) {
  if (only && !only.test(name)) {
    results.push('skip');
    console.log(`skip - ${name}: not in E2E_ONLY`);
    return;
  }
  try {
    const skipped = await body();
    results.push(skipped ? 'skip' : 'ok');
    console.log(skipped ? `skip - ${name}: ${skipped}` : `ok - ${name}`);
  } catch (error) {
    results.push('fail');
    console.log(`not ok - ${name}\n  ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n  ')}`);
  }
}
function check(condition, message) {
  if (!condition) throw new Error(message);
}

// --- browsers and sessions ------------------------------------------------------------------------------------------
/** A fresh browser with a fresh profile (its own --user-data-dir), closed after use. */
async function withBrowser(viewport, body) {
  const profile = await mkdtemp(join(tmpdir(), 'golive-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking'],
    viewport,
  });
  try {
    return await body(context);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

const gatewaySignsIn = (await fetch(`${base}/api/me`)).status === 401;
console.log(`# ${base}: ${gatewaySignsIn ? 'browser sign-in at the gateway' : 'no /api/me yet: bearer tokens from the test'}`);

/** A script error in the page is printed with the test's output (a view that throws shows an alert, not its content). */
function watchForErrors(page) {
  page.on('pageerror', (error) => console.log(`  page error: ${error.message}`));
  // A view that never shows is often a request that failed: noted as a comment (not a failure) in the output. Left
  // out: requests a navigation cut short. (The plan view's test fails on any request the CSP refused.)
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    if (reason !== 'net::ERR_ABORTED') {
      console.log(`# request failed: ${request.method()} ${request.url()} ${reason}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 500) console.log(`# answer ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
}

/** Signs in at the identity provider's form, as a person does; the gateway keeps the session. */
async function signIn(page, username) {
  await page.goto(base + '/');
  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('golive');
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.waitForURL((url) => url.href.startsWith(base));
}

/** A page signed in as `username`: through the gateway's sign-in when it has one, else with the user's token. */
async function pageAs(context, username) {
  const page = context.pages()[0] ?? (await context.newPage());
  watchForErrors(page);
  if (gatewaySignsIn) {
    await signIn(page, username);
    return page;
  }
  const token = tokens[username];
  check(token, `no token for ${username} in GOLIVE_TOKENS`);
  const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
  await context.route(`${base}/api/**`, async (route) => {
    if (new URL(route.request().url()).pathname === '/api/me') {
      await route.fulfill({
        json: { username, name: claims.name ?? username, email: claims.email ?? '', roles: claims.roles ?? [] },
      });
    } else {
      await route.continue({ headers: { ...route.request().headers(), authorization: `Bearer ${token}` } });
    }
  });
  return page;
}

/** axe-core in the page (evaluated over DevTools, so the page's CSP stays on): serious and critical violations. */
async function accessibilityViolations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function openPortfolio(page) {
  await page.goto(base + '/portfolio');
  try {
    await page.getByRole('heading', { name: 'Portfolio', level: 1 }).waitFor();
  } catch (error) {
    // What the page showed instead (an alert, the sign-in link, an error answer) says why.
    const shown = (await page.locator('body').innerText().catch(() => '')).replace(/\s+/g, ' ').slice(0, 600);
    throw new Error(`${error.message}\n  at ${page.url()} the page showed: ${shown}`);
  }
  await page.locator('table.portfolio tbody tr').first().waitFor();
  // The health grid loads once its place nears the screen: scroll to it, wait for it, and come back to the top.
  await page.getByRole('heading', { name: 'Health by wave' }).scrollIntoViewIfNeeded();
  await page.locator('.health-grid').getByText('Loading the health grid…').waitFor({ state: 'detached' });
  await page.evaluate(() => window.scrollTo(0, 0));
}

// --- the tests ------------------------------------------------------------------------------------------------------
const DESKTOP = { width: 1280, height: 900 };
const TABLET = { width: 768, height: 1024 };

await test('a person signs in at the identity provider, lands on the portfolio, and signs out', async () => {
  if (!gatewaySignsIn) return 'the gateway has no browser sign-in yet (GET /api/me is not 401 without a session)';
  return withBrowser(DESKTOP, async (context) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(base + '/');
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    await page.screenshot({ path: join(screenshots, 'sign-in.png') });
    await signIn(page, 'admin');
    await page.getByRole('heading', { name: 'Portfolio', level: 1 }).waitFor();
    check(await page.getByText('PMO director').isVisible(), 'the role is shown');
    const cookies = await context.cookies(base);
    check(cookies.some((c) => c.httpOnly), 'an HTTP-only session cookie');
    check(!(await page.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage))).includes('eyJ'),
      'no token in browser storage');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
  });
});

for (const [username, role, seesCost] of [
  ['admin', 'PMO director', true],
  ['pm.north', 'Project manager', true],
  ['finance', 'Finance', true],
  ['viewer', 'Viewer', true],
  ['contributor', 'Contributor', false],
]) {
  await test(`${username} sees the portfolio their role may read, without accessibility violations`, () =>
    withBrowser(DESKTOP, async (context) => {
      const page = await pageAs(context, username);
      await openPortfolio(page);
      check(await page.getByText(role, { exact: true }).isVisible(), `header shows the role ${role}`);
      const headers = await page.locator('table.portfolio th').allTextContents();
      check(headers.some((h) => h.startsWith('SPI')) === seesCost, `SPI column ${seesCost ? 'shown' : 'hidden'}: ${headers}`);
      const rows = await page.locator('table.portfolio tbody tr').count();
      check(rows > 0, 'the portfolio lists rollouts');
      const violations = await accessibilityViolations(page);
      check(violations.length === 0, `axe: ${violations.join('; ')}`);
      if (username === 'admin') await page.screenshot({ path: join(screenshots, 'portfolio-1280.png'), fullPage: true });
    }));
}

await test('the portfolio filters, sorts and pages in the browser', () =>
  withBrowser(DESKTOP, async (context) => {
    const page = await pageAs(context, 'admin');
    await openPortfolio(page);
    const all = await page.locator('table.portfolio tbody tr').count();
    const firstSite = (await page.locator('table.portfolio tbody tr td').first().textContent()) ?? '';
    const search = page.getByRole('searchbox', { name: 'Site' });
    await search.fill(firstSite);
    await page.waitForFunction(() => document.querySelectorAll('table.portfolio tbody tr').length === 1);
    // Filters, sort and pages are tracking's: wait for each answer before reading the table.
    const rowsShown = (count) =>
      page.waitForFunction((n) => document.querySelectorAll('table.portfolio tbody tr').length === n, count);
    await search.fill('');
    await rowsShown(all);
    await page.getByRole('button', { name: /^Site/ }).click();
    check((await page.locator('th[aria-sort="ascending"]').textContent())?.startsWith('Site'), 'sorted by site');
    await page.getByLabel('Rows per page').selectOption('10');
    await rowsShown(Math.min(all, 10)).catch(() => {});
    const shown = await page.locator('table.portfolio tbody tr').count();
    check(shown === Math.min(all, 10), `a page of ten: ${shown} of ${all}`);
  }));

await test('the portfolio works by keyboard alone', () =>
  withBrowser(DESKTOP, async (context) => {
    const page = await pageAs(context, 'viewer');
    await openPortfolio(page);
    await page.keyboard.press('Tab');
    check((await page.evaluate(() => document.activeElement?.textContent)) === 'Skip to content', 'skip link first');
    const trail = [];
    while (trail.length < 10 && trail.at(-1) !== 'Wave comparison') {
      await page.keyboard.press('Tab');
      trail.push(await page.evaluate(() => document.activeElement?.textContent ?? ''));
    }
    check(trail.at(-1) === 'Wave comparison', `the navigation by Tab: ${trail.join(' > ')}`);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Wave comparison', level: 1 }).waitFor();
  }));

await test('the portfolio is usable on a 768 px tablet', () =>
  withBrowser(TABLET, async (context) => {
    const page = await pageAs(context, 'admin');
    await openPortfolio(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(overflow <= 0, `the page scrolls sideways by ${overflow} px (only the table may)`);
    const violations = await accessibilityViolations(page);
    check(violations.length === 0, `axe: ${violations.join('; ')}`);
    await page.screenshot({ path: join(screenshots, 'portfolio-768.png'), fullPage: true });
  }));

await test('the wave comparison charts a wave\'s sites by days to go-live', () =>
  withBrowser(DESKTOP, async (context) => {
    const page = await pageAs(context, 'admin');
    await page.goto(base + '/waves');
    await page.getByRole('heading', { name: 'Wave comparison', level: 1 }).waitFor();
    await page.locator('canvas').first().waitFor();
    const sites = await page.locator('table tbody tr').count();
    check(sites > 0, 'the wave has sites');
    const label = (await page.getByRole('img').first().getAttribute('aria-label')) ?? '';
    check(label.includes(`${sites} sites`), `chart labelled for its sites: ${label}`);
    const violations = await accessibilityViolations(page);
    check(violations.length === 0, `axe: ${violations.join('; ')}`);
    await page.screenshot({ path: join(screenshots, 'wave-comparison-1280.png'), fullPage: true });
  }));

await test('a viewer\'s direct call to an action their role may not take is refused', () =>
  withBrowser(DESKTOP, async (context) => {
    const page = await pageAs(context, 'viewer');
    await openPortfolio(page);
    const status = await page.evaluate(async () => {
      const xsrf = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='))?.split('=')[1] ?? '';
      const response = await fetch('/api/tracking/health-rules', {
        method: 'PUT',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': decodeURIComponent(xsrf) },
        body: JSON.stringify({ version: 0 }),
      });
      return response.status;
    });
    check(status === 403, `PUT /api/tracking/health-rules as viewer answered ${status}`);
  }));

await budgetTests();
await readinessTests();
await stakeholderTests({ test, check, withBrowser, pageAs, accessibilityViolations, base, screenshots });
await formTests({ test, check, withBrowser, pageAs, accessibilityViolations, base });
await tabletTests({ test, check, withBrowser, pageAs, accessibilityViolations, openPortfolio, base });
// Last: it edits a demo site's plan and moves its go-live.
await sitePlanTests({ test, check, withBrowser, pageAs, accessibilityViolations, openPortfolio, base, screenshots });

await cutoverAndResourcesTests({ test, check, withBrowser, pageAs, accessibilityViolations, base, screenshots });

const failed = results.filter((r) => r === 'fail').length;
console.log(`# ${results.length} tests: ${results.filter((r) => r === 'ok').length} passed, ${failed} failed, `
  + `${results.filter((r) => r === 'skip').length} skipped`);
process.exit(failed ? 1 : 0);

// --- the budget view (issue 15): a project manager submits, finance approves ----------------------------------------
/** Calls the API from inside the signed-in page (its session cookie and CSRF token), as the UI does. */
function apiIn(page, method, path, body) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const xsrf = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='))?.split('=')[1] ?? '';
      const response = await fetch(`/api${path}`, {
        method,
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': decodeURIComponent(xsrf) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      let json = null;
      try { json = JSON.parse(text); } catch { /* not JSON */ }
      return { status: response.status, contentType: response.headers.get('Content-Type') ?? '', json };
    },
    { method, path, body },
  );
}

async function expectStatus(call, status, what) {
  const answer = await call;
  check(answer.status === status, `${what}: expected ${status}, got ${answer.status} ${JSON.stringify(answer.json)}`);
  return answer.json;
}

/** Opens a site's budget and waits for its workflow panel. */
async function openBudget(page, rolloutId) {
  await page.goto(`${base}/rollouts/${rolloutId}/budget`);
  await page.getByRole('heading', { name: /^Budget: / , level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Approval' }).waitFor();
  await page.locator('canvas').first().waitFor();
}

async function budgetTests() {
  // A program of its own (so no other system test sees it) with one site managed by pm.north; budget-service drafts
  // its budgets from the template when planning publishes the rollout.
  const site = { rolloutId: '', budgetId: '', programId: '', fiscalYear: 0 };
  await test('budget-service drafts a new site\'s budget, visible to the PMO in the budget list', async () => {
    if (!gatewaySignsIn) return 'the budget tests sign in through the gateway';
    return withBrowser(DESKTOP, async (context) => {
      const page = await pageAs(context, 'admin');
      await openPortfolio(page);
      const program = await expectStatus(apiIn(page, 'POST', '/planning/programs', { name: `Browser test program ${Date.now()}`, sponsor: 'CFO' }), 201, 'create a program');
      const wave = await expectStatus(apiIn(page, 'POST', `/planning/programs/${program.id}/waves`, { name: 'Browser wave' }), 201, 'create a wave');
      const goLive = new Date(Date.now() + 150 * 86_400_000).toISOString().slice(0, 10);
      const rollout = await expectStatus(apiIn(page, 'POST', `/planning/programs/${program.id}/rollouts`, {
        siteName: 'Browser Test Clinic', siteType: 'AMBULATORY_CLINIC', goLiveDate: goLive, waveId: wave.id,
        beds: 0, users: 120, projectManager: 'pm.north',
      }), 201, 'create a rollout');
      site.rolloutId = rollout.id;
      site.programId = program.id;
      let budgets = null;
      for (let attempt = 0; attempt < 60 && !budgets?.goLiveBudgetId; attempt++) {
        const answer = await apiIn(page, 'GET', `/budgets/rollouts/${rollout.id}`);
        budgets = answer.status === 200 ? answer.json : null;
        if (!budgets?.goLiveBudgetId) await page.waitForTimeout(500);
      }
      check(budgets?.goLiveBudgetId, 'budget-service opened the go-live year\'s budget');
      site.budgetId = budgets.goLiveBudgetId;
      site.fiscalYear = budgets.budgets.find((b) => b.id === site.budgetId).fiscalYear;
      await page.goto(`${base}/budget`);
      await page.getByRole('link', { name: 'Browser Test Clinic' }).waitFor({ timeout: 30_000 }).catch(() => {});
    });
  });

  await test('a project manager submits their site\'s budget, sees no approve action, and a direct approve is refused (403 problem)', async () => {
    if (!site.budgetId) return 'no budget was drafted';
    return withBrowser(DESKTOP, async (context) => {
      const page = await pageAs(context, 'pm.north');
      await openBudget(page, site.rolloutId);
      check(await page.locator('.status-draft').isVisible(), 'the budget is a draft');
      check((await page.getByRole('button', { name: 'Approve', exact: true }).count()) === 0, 'no Approve button for a project manager');
      check((await page.getByRole('heading', { name: 'ERP import' }).count()) === 0, 'no ERP import for a project manager');
      // The site's fiscal plan, which its project manager may set: the budget view then shows TCO, NPV, ROI and payback.
      const year = { costs: { MAINTENANCE: 60_000, HOSTING: 20_000 }, benefits: { SAVINGS: 150_000, AVOIDED_COSTS: 40_000 } };
      await expectStatus(apiIn(page, 'PUT', `/budgets/rollouts/${site.rolloutId}/fiscal-impact`, {
        discountRate: 0.08, implementationCost: 400_000, years: Array(7).fill(year),
      }), 200, 'set the site\'s fiscal plan');
      await page.reload();
      await page.getByText(/^NPV at 8\.0 %/).waitFor();
      await page.getByRole('button', { name: 'Submit for approval' }).click();
      await page.locator('.status-submitted').waitFor();
      check((await page.getByRole('button', { name: 'Approve', exact: true }).count()) === 0, 'still no Approve button once submitted');
      const budget = await expectStatus(apiIn(page, 'GET', `/budgets/budgets/${site.budgetId}`), 200, 'read the budget');
      const refused = await apiIn(page, 'POST', `/budgets/budgets/${site.budgetId}/approve`, { version: budget.version });
      check(refused.status === 403, `a project manager's direct approve answered ${refused.status}`);
      check(refused.contentType.includes('application/problem+json'), `a problem response: ${refused.contentType}`);
      const violations = await accessibilityViolations(page);
      check(violations.length === 0, `axe: ${violations.join('; ')}`);
    });
  });

  await test('finance opens the submitted budget and approves it; a close with a stale version is a 409', async () => {
    if (!site.budgetId) return 'no budget was drafted';
    return withBrowser(DESKTOP, async (context) => {
      const page = await pageAs(context, 'finance');
      await openPortfolio(page);
      // The new program's envelope for the budget's fiscal year: finance sets it before approving (422 otherwise).
      await expectStatus(apiIn(page, 'PUT', `/budgets/programs/${site.programId}/envelopes/${site.fiscalYear}`, { amount: 50_000_000 }), 200, 'set the envelope');
      const before = await expectStatus(apiIn(page, 'GET', `/budgets/budgets/${site.budgetId}`), 200, 'read the budget');
      await openBudget(page, site.rolloutId);
      await page.getByRole('button', { name: 'Approve', exact: true }).waitFor();
      check(await page.getByRole('heading', { name: 'ERP import' }).isVisible(), 'finance may import ERP files');
      await page.getByRole('heading', { name: 'Fiscal impact of the program' }).waitFor();
      check(await page.getByRole('table', { name: 'By site' }).getByText('Browser Test Clinic').isVisible(), 'the program impact lists the site');
      const violations = await accessibilityViolations(page);
      check(violations.length === 0, `axe: ${violations.join('; ')}`);
      await page.screenshot({ path: join(screenshots, 'budget-1280.png'), fullPage: true });
      await page.getByRole('button', { name: 'Approve', exact: true }).click();
      await page.locator('.status-approved').waitFor();
      check(await page.getByText(/approved by /).isVisible(), 'the approval names who approved');
      const stale = await apiIn(page, 'POST', `/budgets/budgets/${site.budgetId}/close`, { version: before.version });
      check(stale.status === 409, `a close with the version read before approval answered ${stale.status}`);
      check(await page.getByRole('button', { name: 'Close budget' }).isVisible(), 'finance may now close it');
    });
  });

  await test('finance sees the program\'s envelope and roll-up and sets the budget\'s thresholds in the page', async () => {
    if (!site.budgetId) return 'no budget was drafted';
    return withBrowser(DESKTOP, async (context) => {
      const page = await pageAs(context, 'finance');
      await openBudget(page, site.rolloutId);
      await page.getByRole('heading', { name: `The program’s budgets, FY${site.fiscalYear}` }).waitFor();
      const envelope = await page.locator('#rollup-title ~ dl.figures').innerText();
      check(envelope.includes('50,000,000.00'), `the envelope against the program's spend: ${envelope}`);
      const waves = page.getByRole('table', { name: /^By wave/ });
      check(await waves.getByRole('rowheader', { name: /^Browser wave/ }).first().isVisible(), 'the roll-up lists the site\'s wave');
      await page.getByText(/of approved \(the default\)/).waitFor();
      await page.getByLabel('This budget’s thresholds (percent, ascending)').fill('60, 85, 100');
      await page.getByRole('button', { name: 'Set for this budget' }).click();
      await page.getByText('Alerts when spend passes 60 %, 85 % and 100 % of approved (this budget’s own).', { exact: false }).waitFor();
      const stored = await expectStatus(apiIn(page, 'GET', `/budgets/budgets/${site.budgetId}/thresholds`), 200, 'read the thresholds');
      check(JSON.stringify(stored.ownPercents) === '[60,85,100]', `the budget's own thresholds: ${JSON.stringify(stored)}`);
      const violations = await accessibilityViolations(page);
      check(violations.length === 0, `axe: ${violations.join('; ')}`);
    });
  });

  await test('a project manager reads the thresholds without a control, and a direct change is refused (403 problem)', async () => {
    if (!site.budgetId) return 'no budget was drafted';
    return withBrowser(DESKTOP, async (context) => {
      const page = await pageAs(context, 'pm.north');
      await openBudget(page, site.rolloutId);
      await page.getByRole('heading', { name: 'Alert thresholds' }).waitFor();
      check((await page.getByRole('textbox', { name: /thresholds/ }).count()) === 0, 'no thresholds field for a project manager');
      check((await page.getByRole('button', { name: /^Set for/ }).count()) === 0, 'no thresholds button for a project manager');
      check((await page.getByRole('heading', { name: /^The program’s budgets/ }).count()) === 0, 'no program roll-up for a project manager');
      const thresholds = await expectStatus(apiIn(page, 'GET', `/budgets/budgets/${site.budgetId}/thresholds`), 200, 'read the thresholds');
      const refused = await apiIn(page, 'PUT', `/budgets/budgets/${site.budgetId}/thresholds`, { percents: [99], version: thresholds.version });
      check(refused.status === 403, `a project manager's direct thresholds change answered ${refused.status}`);
      check(refused.contentType.includes('application/problem+json'), `a problem response: ${refused.contentType}`);
      const violations = await accessibilityViolations(page);
      check(violations.length === 0, `axe: ${violations.join('; ')}`);
    });
  });
}

// --- the readiness view (issue 15): scorecard, checkpoints and votes, training, weekly reports and their trends ------
async function readinessTests() {
  await test('the readiness view shows a started site\'s scorecard, checkpoints, training and weekly trends', async () => {
    if (!gatewaySignsIn) return 'the readiness tests sign in through the gateway';
    return withBrowser(DESKTOP, async (context) => {
      const page = await pageAs(context, 'viewer');
      await openPortfolio(page);
      const portfolio = await expectStatus(apiIn(page, 'GET', '/tracking/portfolio?sort=goLiveDate,asc&size=50'), 200, 'the portfolio');
      let chosen = null;
      // A site still before go-live shows moving figures; the live pilot is the fallback.
      const ordered = [...portfolio.rollouts.filter((r) => r.daysToGoLive > 0), ...portfolio.rollouts.filter((r) => r.daysToGoLive <= 0)];
      for (const rollout of ordered) {
        const trends = await apiIn(page, 'GET', `/tracking/rollouts/${rollout.rolloutId}/trends`);
        if (trends.status === 200 && trends.json.points.length >= 2) {
          chosen = { ...rollout, weeks: trends.json.points.length };
          break;
        }
      }
      check(chosen, 'a demo site has published weekly reports');
      await page.goto(base + '/readiness');
      await page.getByRole('link', { name: chosen.siteName, exact: true }).click();
      await page.getByRole('heading', { name: 'Scorecard' }).waitFor();
      await page.getByRole('heading', { name: 'Go/no-go checkpoints' }).waitFor();
      await page.getByRole('heading', { name: 'Weekly status reports' }).waitFor();
      await page.locator('canvas').first().waitFor();
      const label = (await page.getByRole('img').first().getAttribute('aria-label')) ?? '';
      check(label.includes(`${chosen.weeks} published weeks`), `trend chart labelled for its weeks: ${label}`);
      check((await page.getByRole('button', { name: /^Vote/ }).count()) === 0, 'a viewer on no panel is offered no vote');
      const violations = await accessibilityViolations(page);
      check(violations.length === 0, `axe: ${violations.join('; ')}`);
      await page.screenshot({ path: join(screenshots, 'readiness-1280.png'), fullPage: true });
    });
  });

  await test('a contributor sees no budget view, and the budget API refuses them', () =>
    withBrowser(DESKTOP, async (context) => {
      const page = await pageAs(context, 'contributor');
      await openPortfolio(page);
      const nav = await page.getByRole('navigation', { name: 'Views' }).innerText();
      check(!nav.includes('Budget') && nav.includes('Readiness'), `the contributor's navigation: ${nav}`);
      const answer = await apiIn(page, 'GET', '/budgets/rollouts/any-rollout');
      check(answer.status === 403, `a contributor reading budgets answered ${answer.status}`);
    }));
}
