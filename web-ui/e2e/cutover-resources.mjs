// Browser tests of the cutover runbook and resources views, called from run.mjs with its runner and helpers.
import { join } from 'node:path';
import { callFromPage } from './site-plan.mjs';

/** The demo program's sites, each with its program. */
async function demoSites(page) {
  const programs = (await callFromPage(page, 'GET', '/api/planning/programs')).body ?? [];
  const sites = [];
  for (const program of programs) {
    const rollouts = (await callFromPage(page, 'GET', `/api/planning/programs/${program.id}/rollouts`)).body ?? [];
    sites.push(...rollouts.map((rollout) => ({ ...rollout, program })));
  }
  return sites;
}

/** A site whose runbook has steps, the latest go-live first. */
async function siteWithRunbook(page) {
  const sites = (await demoSites(page)).sort((a, b) => b.goLiveDate.localeCompare(a.goLiveDate));
  for (const site of sites) {
    const runbook = await callFromPage(page, 'GET', `/api/planning/rollouts/${site.id}/cutover`);
    if (runbook.status === 200 && runbook.body.steps?.length) return { site, runbook: runbook.body };
  }
  throw new Error(`no demo site with a cutover runbook among ${sites.map((s) => s.siteName).join(', ')}`);
}

/** A row of the steps' table by its step's title (a critical step's header goes on with " · critical"). */
const stepRow = (table, title) =>
  table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( ·|$)`) }) });

/** The page is no wider than the window: nothing to scroll sideways but the tables' own scroll regions. */
const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

export async function cutoverAndResourcesTests({ test, check, withBrowser, pageAs, accessibilityViolations, base, screenshots }) {
  const DESKTOP = { width: 1280, height: 900 };
  const TABLET = { width: 768, height: 1024 };

  for (const [viewport, name] of [[DESKTOP, '1280'], [TABLET, '768']]) {
    await test(`the PMO director opens a site's cutover runbook at ${name} px: steps by the hour, owners, checkpoints, downtime`, () =>
      withBrowser(viewport, async (context) => {
        const page = await pageAs(context, 'admin');
        await page.goto(base + '/portfolio');
        const { site, runbook } = await siteWithRunbook(page);
        await page.goto(`${base}/rollouts/${site.id}/plan`);
        await page.getByRole('link', { name: 'Cutover runbook' }).click();
        await page.getByRole('heading', { name: `Cutover runbook: ${site.siteName}`, level: 1 }).waitFor();
        await page.getByRole('img', { name: /by the hour, GL-2 to GL\+3/ }).locator('canvas').first().waitFor();
        const table = page.getByRole('region', { name: 'Runbook steps' });
        check(await table.locator('tbody tr:not(.runbook-day)').count() === runbook.steps.length,
          `a row per step (${runbook.steps.length})`);
        for (const checkpoint of runbook.checkpoints ?? []) {
          check((await stepRow(table, checkpoint.title).first().innerText()).includes('Go/no-go checkpoint'), `${checkpoint.title} is a checkpoint`);
        }
        for (const downtime of runbook.downtime ?? []) {
          check((await stepRow(table, downtime.title).first().getAttribute('class')).includes('kind-downtime'), `${downtime.title} shaded`);
        }
        const owned = runbook.steps.find((step) => step.responsible?.length);
        if (owned) check((await stepRow(table, owned.title).first().innerText()).includes(owned.responsible[0]), `owner of ${owned.title} shown`);
        // The table's scroll region takes the keyboard focus, so it scrolls without a mouse.
        await table.focus();
        check(await table.evaluate((element) => element === document.activeElement), 'the steps region takes focus');
        check(await overflow(page) <= 0, `no sideways scrolling of the page at ${name} px (${await overflow(page)} px over)`);
        const violations = await accessibilityViolations(page);
        check(violations.length === 0, `axe: ${violations.join('; ')}`);
        if (name === '1280') await page.screenshot({ path: join(screenshots, 'cutover-1280.png'), fullPage: true });
      }));
  }

  await test('the PMO director opens resources and sees the demo over-allocation named (Priya Raman)', () =>
    withBrowser(DESKTOP, async (context) => {
      const page = await pageAs(context, 'admin');
      await page.goto(base + '/portfolio');
      await page.getByRole('link', { name: 'Resources', exact: true }).click();
      await page.getByRole('heading', { name: /^Resources: /, level: 1 }).waitFor();
      const over = page.getByRole('region', { name: /Over-allocations/ });
      const priya = over.getByRole('listitem').filter({ hasText: 'Priya Raman' }).first();
      await priya.waitFor();
      check(/\d{4}-W\d{2}: .* h asked of .* h/.test(await priya.innerText()), `when and how much: ${await priya.innerText()}`);
      check(await priya.getByRole('link').count() > 0, 'the tasks behind it link to their sites\' plans');
      await page.getByRole('img', { name: /per ISO week/ }).locator('canvas').first().waitFor();
      await page.getByRole('rowheader', { name: 'Priya Raman' }).waitFor();
      const filtered = page.waitForResponse((response) => response.url().includes('overAllocatedOnly=true'));
      await page.getByLabel('Over-allocated only').check();
      await filtered;
      // Still named when only the over-allocated are shown (waited for: the answer is drawn after it arrives).
      await over.getByRole('listitem').filter({ hasText: 'Priya Raman' }).first().waitFor();
      const violations = await accessibilityViolations(page);
      check(violations.length === 0, `axe: ${violations.join('; ')}`);
      await page.screenshot({ path: join(screenshots, 'resources-1280.png'), fullPage: true });
    }));

  await test('a project manager reads resources too (planning lets every role read capacity)', () =>
    withBrowser(DESKTOP, async (context) => {
      const page = await pageAs(context, 'pm.north');
      await page.goto(base + '/resources');
      await page.getByRole('region', { name: /Over-allocations/ }).getByText('Priya Raman').first().waitFor();
    }));
}
