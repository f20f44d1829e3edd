// The Stakeholders and Audit views' browser tests (issue 15), called from run.mjs with its runner and helpers: a
// project manager sees the register and the power/interest grid, logs a conflict and escalates it; a viewer sees no
// action and a direct POST is refused; the PMO finds the manager's change in the audit trail.
import { join } from 'node:path';

/** Calls the API from inside the signed-in page (session cookie, CSRF header), answering status and body. */
export function callFromPage(page, method, path, body) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const xsrf = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='))?.split('=')[1] ?? '';
      const response = await fetch(path, {
        method,
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': decodeURIComponent(xsrf) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json().catch(() => null) };
    },
    { method, path, body },
  );
}

/** A site pm.north manages that has stakeholders in its register (the demo registers some on every site). */
export async function managedSiteWithStakeholders(page) {
  const programs = (await callFromPage(page, 'GET', '/api/planning/programs')).body ?? [];
  for (const program of programs) {
    const rollouts = (await callFromPage(page, 'GET', `/api/planning/programs/${program.id}/rollouts`)).body ?? [];
    for (const rollout of rollouts.filter((r) => r.projectManager === 'pm.north')) {
      const register = await callFromPage(page, 'GET', `/api/stakeholders?rolloutId=${rollout.id}&size=1`);
      if (register.status === 200 && register.body.total > 0) return rollout;
    }
  }
  throw new Error('no site of pm.north has stakeholders');
}

/**
 * The action buttons of the tables with an actions column (the conflict log, the communication plan) that are not
 * wholly inside their scroll region's visible box and the window, or that the region must scroll for when they get
 * the keyboard focus: each described, to say what to fix.
 */
export function actionsOutOfView(page) {
  return page.evaluate(() => [...document.querySelectorAll('table.with-actions')].flatMap((table) => {
    const region = table.closest('.table-scroll');
    const box = region.getBoundingClientRect();
    return [...table.querySelectorAll('td:last-child button')].flatMap((button) => {
      const shown = button.getBoundingClientRect();
      const name = `${button.textContent} (${Math.round(shown.left)}-${Math.round(shown.right)} px in ${Math.round(box.left)}-${Math.round(box.right)} px)`;
      if (shown.left < box.left - 0.5 || shown.right > box.right + 0.5 || shown.right > window.innerWidth) return [`${name}: clipped`];
      button.focus();
      const scrolled = region.scrollLeft !== 0;
      region.scrollLeft = 0;
      return button.tabIndex < 0 || document.activeElement !== button || scrolled ? [`${name}: not reached by the keyboard in place`] : [];
    });
  }));
}

async function openStakeholders(page, base, rollout) {
  await page.goto(`${base}/rollouts/${rollout.id}/stakeholders`);
  await page.getByRole('heading', { name: `Stakeholders: ${rollout.siteName}`, level: 1 }).waitFor();
  await page.locator('table.register tbody tr').first().waitFor();
  await page.getByRole('heading', { name: 'Conflict log' }).waitFor();
}

export async function stakeholderTests({ test, check, withBrowser, pageAs, accessibilityViolations, base, screenshots }) {
  const DESKTOP = { width: 1280, height: 900 };
  let site;
  let conflict;

  await test('a project manager sees the register and the power/interest grid, logs a conflict and escalates it', () =>
    withBrowser(DESKTOP, async (context) => {
      const page = await pageAs(context, 'pm.north');
      await page.goto(base + '/stakeholders');
      await page.getByRole('heading', { name: /^Stakeholders: /, level: 1 }).waitFor();
      const nav = await page.getByRole('navigation', { name: 'Views' }).innerText();
      check(nav.includes('Stakeholders') && !nav.includes('Audit'), `the project manager's navigation: ${nav}`);
      site = await managedSiteWithStakeholders(page);
      await openStakeholders(page, base, site);
      await page.getByRole('heading', { name: 'Power/interest grid' }).waitFor();
      await page.locator('canvas').first().waitFor();
      const grid = (await page.getByRole('img').first().getAttribute('aria-label')) ?? '';
      check(/Power\/interest grid of \d+ rated stakeholders/.test(grid), `the grid's label: ${grid}`);
      await page.getByRole('heading', { name: 'Engagement gaps' }).waitFor();

      const title = `Browser test: order sets vs. standard build ${Date.now()}`;
      await page.getByRole('button', { name: 'Log a conflict' }).click();
      const form = page.getByRole('form', { name: 'Log a conflict' });
      await form.getByLabel('Title').fill(title);
      await form.getByLabel('Severity').selectOption('HIGH');
      // Due today: the log lists the earliest due first, so the new conflict is on its first page.
      await form.getByLabel('Due').fill(new Date().toISOString().slice(0, 10));
      await form.getByLabel('Parties (one or more)').locator('option').first().waitFor({ state: 'attached' });
      await form.getByLabel('Parties (one or more)').selectOption({ index: 0 });
      await form.getByLabel('Situation').fill('Triage nurses bypass the order set');
      await form.getByRole('button', { name: 'Log the conflict' }).click();
      // The row's own button (its name goes on with the conflict's title, for screen readers).
      const escalate = page.locator('table.conflicts tr', { hasText: title })
        .getByRole('button', { name: /^Escalate to project manager/ });
      await escalate.waitFor().catch(async (failure) => {
        const log = await page.locator('section[aria-labelledby="conflicts-title"]').innerText().catch(() => '(none)');
        throw new Error(`${failure.message}\n  the conflict log showed: ${log.slice(0, 1500)}`);
      });
      await escalate.click();
      const row = page.locator('table.conflicts tr', { hasText: title });
      await row.filter({ hasText: 'Escalated' }).waitFor();
      check((await row.innerText()).includes('Project manager'), `the escalated row: ${await row.innerText()}`);
      // Every action of the log is in view at 1280 px and takes the keyboard focus without scrolling.
      check(await row.getByRole('button').count() > 0, 'the escalated row offers actions');
      const outOfView = await actionsOutOfView(page);
      check(outOfView.length === 0, `actions out of view at 1280 px: ${outOfView.join('; ')}`);
      const log = (await callFromPage(page, 'GET', `/api/stakeholders/conflicts?rolloutId=${site.id}&size=500`)).body;
      conflict = log.conflicts.find((c) => c.title === title);
      check(conflict?.level === 'PROJECT_MANAGER' && conflict.raisedBy === 'pm.north', `stored: ${JSON.stringify(conflict)}`);

      const refused = await callFromPage(page, 'GET', `/api/tracking/audit/entries?rolloutId=${site.id}`);
      check(refused.status === 403, `the audit trail for a project manager answered ${refused.status}`);
      const violations = await accessibilityViolations(page);
      check(violations.length === 0, `axe: ${violations.join('; ')}`);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(screenshots, 'stakeholders-1280.png'), fullPage: true });
    }));

  await test('a viewer sees the stakeholders without any action, and a direct POST is refused (403)', () =>
    withBrowser(DESKTOP, async (context) => {
      if (!site || !conflict) return 'no conflict from the step before';
      const page = await pageAs(context, 'viewer');
      await openStakeholders(page, base, site);
      await page.locator('table.conflicts tr', { hasText: conflict.title }).waitFor();
      const actions = page.getByRole('button', { name: /Escalate|Resolve|Start mediation|Log a conflict/ });
      check((await actions.count()) === 0, `a viewer is offered ${await actions.count()} conflict actions`);
      const escalation = await callFromPage(page, 'POST', `/api/stakeholders/conflicts/${conflict.id}/escalation`,
        { version: conflict.version });
      check(escalation.status === 403, `POST …/escalation as viewer answered ${escalation.status}`);
      const raise = await callFromPage(page, 'POST', '/api/stakeholders/conflicts', {
        rolloutId: site.id, title: 'viewer', kind: 'SCOPE', severity: 'LOW', owner: 'viewer', partyIds: conflict.partyIds,
        decisionMakerRole: 'PMO_LEAD', dueDate: conflict.dueDate });
      check(raise.status === 403, `POST /conflicts as viewer answered ${raise.status}`);
      const violations = await accessibilityViolations(page);
      check(violations.length === 0, `axe: ${violations.join('; ')}`);
    }));

  await test('the PMO finds the project manager\'s escalation in the site\'s audit trail', () =>
    withBrowser(DESKTOP, async (context) => {
      if (!site || !conflict) return 'no conflict from the first step';
      const page = await pageAs(context, 'admin');
      await page.goto(`${base}/rollouts/${site.id}/audit`);
      await page.getByRole('heading', { name: 'Audit trail', level: 1 }).waitFor();
      await page.getByLabel('Who (user name)').fill('pm.north');
      await page.getByLabel('What (part of the event type)').fill('conflict');
      // Tracking records the event when it reads it from the stakeholder topic: a moment after the change.
      const escalated = page.locator('table.audit tbody tr', { hasText: 'conflict escalated' }).filter({ hasText: 'pm.north' });
      for (let attempt = 0; attempt < 30 && !(await escalated.count()); attempt++) {
        await page.getByRole('button', { name: 'Refresh' }).click();
        await page.waitForTimeout(1000);
      }
      check((await escalated.count()) >= 1, `no escalation by pm.north in: ${await page.locator('table.audit').innerText().catch(() => '(no table)')}`);
      check((await page.locator('table.audit tbody tr', { hasText: 'conflict raised' }).count()) >= 1, 'the raise is listed too');
      const violations = await accessibilityViolations(page);
      check(violations.length === 0, `axe: ${violations.join('; ')}`);
      await page.screenshot({ path: join(screenshots, 'audit-1280.png'), fullPage: true });
    }));
}
