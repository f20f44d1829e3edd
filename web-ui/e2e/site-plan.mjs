// The Site plan view's browser tests, called from run.mjs with its runner and helpers.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** MS Project samples of planning's tests: a site plan from ProjectLibre, and a re-plan from MS Project 2019. */
const samples = join(dirname(fileURLToPath(import.meta.url)), '../../planning-service/src/test/resources/mspdi');

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

/** A site pm.north manages with a plan that still has open work, latest go-live first (not the live pilot). */
async function managedSite(page) {
  const programs = (await callFromPage(page, 'GET', '/api/planning/programs')).body;
  const rollouts = [];
  for (const program of Array.isArray(programs) ? programs : programs?.items ?? []) {
    const answer = await callFromPage(page, 'GET', `/api/planning/programs/${program.id}/rollouts`);
    rollouts.push(...(Array.isArray(answer.body) ? answer.body : answer.body?.items ?? []));
  }
  const mine = rollouts.filter((r) => r.projectManager === 'pm.north').sort((a, b) => b.goLiveDate.localeCompare(a.goLiveDate));
  for (const rollout of mine) {
    const plan = await callFromPage(page, 'GET', `/api/planning/rollouts/${rollout.id}/plan`);
    const open = plan.body?.tasks?.find((t) => t.status === 'NOT_STARTED' && !t.milestone);
    if (plan.status === 200 && open) return { rollout, plan: plan.body, task: open };
  }
  throw new Error(`no site of pm.north with an open task among ${mine.map((r) => r.siteName).join(', ')}`);
}

const addDays = (iso, days) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function openPlan(page, base, rolloutId, siteName) {
  await page.goto(`${base}/rollouts/${rolloutId}/plan`);
  await page.getByRole('heading', { name: `Site plan: ${siteName}`, level: 1 }).waitFor();
  await page.locator('.wx-bar').first().waitFor();
}

/** Chooses a task in the task list, which scrolls the Gantt to its bar and opens its panel. */
async function chooseTask(page, taskId) {
  await page.getByLabel('Task', { exact: true }).selectOption(taskId);
  await page.locator(`.wx-bar[data-id=":${taskId}"]`).waitFor();
}

/**
 * A task's bar and its baseline bar on the Gantt's timeline, in the chart's own px (from the bar's style, so scrolling
 * does not change them); baseline null when none is drawn.
 */
function bars(page, taskId) {
  return page.locator(`.wx-bar[data-id=":${taskId}"]`).evaluate((bar) => {
    const px = (value) => Number.parseFloat(value);
    const baseline = bar.querySelector('.plan-baseline');
    return {
      left: px(bar.style.left), width: px(bar.style.width),
      baseline: baseline && { left: px(bar.style.left) + px(baseline.style.left), width: px(baseline.style.width) },
    };
  });
}

/** Chooses another task, then this one: the Gantt scrolls to a task only when the choice changes. */
async function chooseAgain(page, taskId, other) {
  await page.getByLabel('Task', { exact: true }).selectOption(other);
  await chooseTask(page, taskId);
}

/** Width of a task's bar in the Gantt. */
async function barWidth(page, taskId) {
  await chooseTask(page, taskId);
  return page.locator(`.wx-bar[data-id=":${taskId}"]`).evaluate((element) => element.getBoundingClientRect().width);
}

export async function sitePlanTests({ test, check, withBrowser, pageAs, accessibilityViolations, openPortfolio, base, screenshots }) {
  const DESKTOP = { width: 1280, height: 900 };
  let site;

  await test('the project manager opens a site\'s plan from the portfolio, edits a task and sees the Gantt change', () =>
    withBrowser(DESKTOP, async (context) => {
      const page = await pageAs(context, 'pm.north');
      // The Gantt library's theme names web fonts on its vendor's CDN, which the CSP refuses: the view uses the app's.
      const refused = [];
      page.on('requestfailed', (request) => {
        if (/csp/i.test(request.failure()?.errorText ?? '')) refused.push(request.url());
      });
      await openPortfolio(page);
      site = await managedSite(page);
      await page.getByRole('link', { name: site.rollout.siteName, exact: true }).first().click();
      await page.getByRole('heading', { name: `Site plan: ${site.rollout.siteName}`, level: 1 }).waitFor();
      await page.locator('.wx-bar').first().waitFor();
      // Chosen from the task list, a task is scrolled into view: a critical one is drawn in the critical colour,
      // and beside the go-live milestone the go-live's day is marked on the time scale.
      const critical = site.plan.tasks.find((t) => site.plan.criticalPath?.includes(t.id) && !t.milestone)?.id;
      check(critical, 'the plan has a critical path');
      await chooseTask(page, critical);
      check((await page.locator(`.wx-bar[data-id=":${critical}"]`).getAttribute('class')).includes('critical'),
        `critical task ${critical} drawn as critical`);
      const goLiveMilestone = site.plan.tasks.find((t) => t.milestone && t.start === site.plan.goLiveDate);
      if (goLiveMilestone) {
        await chooseTask(page, goLiveMilestone.id);
        await page.locator('.wx-gantt .plan-go-live').first().waitFor();
      }

      const before = await barWidth(page, site.task.id);
      const duration = page.getByLabel('Duration (working days)');
      const days = Number(await duration.inputValue());
      await duration.fill(String(days + 5));
      await page.getByLabel('Percent complete').fill('20');
      await page.getByRole('button', { name: 'Save task' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
      const bar = page.locator(`.wx-bar[data-id=":${site.task.id}"]`);
      await page.waitForFunction(
        ([selector, width]) => (document.querySelector(selector)?.getBoundingClientRect().width ?? 0) > width,
        [`.wx-bar[data-id=":${site.task.id}"]`, before + 1],
      );
      check((await bar.locator('.wx-progress-percent').getAttribute('style'))?.includes('20%'), 'progress drawn at 20 %');

      const violations = await accessibilityViolations(page);
      check(violations.length === 0, `axe: ${violations.join('; ')}`);
      check(refused.length === 0, `requests the CSP refused: ${refused.join(', ')}`);
      // Saving scrolls the page to the task panel: the screenshot shows the Gantt, from the top of the page.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(screenshots, 'site-plan-1280.png') });
    }));

  await test('the project manager sets a baseline, previews a go-live move, confirms it and sees the tasks move from their baseline bars', () =>
    withBrowser(DESKTOP, async (context) => {
      if (!site) return 'no site from the step before';
      const page = await pageAs(context, 'pm.north');
      await openPlan(page, base, site.rollout.id, site.rollout.siteName);
      // A task not started (the edited one has started: its actual start stays) moves with the go-live.
      const waiting = site.plan.tasks.find((t) => t.status === 'NOT_STARTED' && t.id !== site.task.id && !t.milestone);
      const baselineName = `Browser baseline ${Date.now()}`;
      await page.getByLabel('New baseline name').fill(baselineName);
      await page.getByRole('button', { name: 'Set baseline' }).click();
      await page.getByRole('list', { name: 'Legend' }).getByText(`Baseline: ${baselineName}`).waitFor();
      await page.waitForFunction((name) => document.querySelector('[data-testid="plan-gantt"]')?.dataset.baseline === name, baselineName);
      await chooseTask(page, waiting.id);
      await page.locator(`.wx-bar[data-id=":${waiting.id}"] .plan-baseline`).waitFor();
      const set = await bars(page, waiting.id);
      check(set.baseline?.left === set.left && set.baseline.width === set.width,
        `a baseline just set lies under its bar: ${JSON.stringify(set)}`);
      // The toggle hides the baseline bars and shows them again.
      await page.getByLabel('Show baseline').uncheck();
      await page.locator('.plan-baseline').first().waitFor({ state: 'detached' });
      await page.getByLabel('Show baseline').check();
      await page.locator(`.wx-bar[data-id=":${waiting.id}"] .plan-baseline`).waitFor();

      const goLive = await page.getByTestId('plan-gantt').getAttribute('data-go-live');
      const later = addDays(goLive, 14);
      await page.getByLabel('New go-live date').fill(later);
      await page.getByLabel('Reason').fill('Lab interface vendor slipped');
      await page.getByRole('button', { name: 'Preview move' }).click();
      // The preview lists what would move; nothing has moved yet.
      await page.getByRole('heading', { name: `If go-live moves to ${later}` }).waitFor();
      const wouldMove = await page.getByRole('list', { name: 'Tasks that would move' }).locator('li').count();
      check(wouldMove > 0, 'the preview lists tasks that would move');
      const unmoved = (await callFromPage(page, 'GET', `/api/planning/rollouts/${site.rollout.id}`)).body;
      check(unmoved.goLiveDate === goLive, `the preview moved nothing: go-live ${unmoved.goLiveDate}`);
      const violations = await accessibilityViolations(page);
      check(violations.length === 0, `axe with the preview open: ${violations.join('; ')}`);
      await page.getByRole('button', { name: `Confirm move to ${later}` }).click();
      const moved = page.getByRole('status').filter({ hasText: 'tasks moved' });
      const refused = page.getByRole('alert');
      await moved.or(refused).first().waitFor().catch(async (failure) => {
        const panel = await page.locator('section[aria-labelledby="go-live-title"]').innerHTML().catch(() => '(none)');
        throw new Error(`${failure.message}\n  go-live ${goLive} -> ${later}; the move panel held: ${panel}`);
      });
      if (await refused.isVisible()) throw new Error(`the move was refused: ${await refused.innerText()}`);
      const count = Number((await moved.innerText()).match(/(\d+) tasks moved/)?.[1] ?? 0);
      check(count > 0, `tasks moved: ${await moved.innerText()}`);
      await page.waitForFunction((date) => document.querySelector('[data-testid="plan-gantt"]')?.dataset.goLive === date, later);
      const plan = (await callFromPage(page, 'GET', `/api/planning/rollouts/${site.rollout.id}/plan`)).body;
      const after = plan.tasks.find((t) => t.id === waiting.id);
      check(after.start > waiting.start, `${waiting.id} moved: ${waiting.start} -> ${after.start}`);
      // On the Gantt the task's bar moved right; its baseline bar stayed where it was.
      await chooseAgain(page, waiting.id, site.task.id);
      await page.waitForFunction(([id, left]) => Number.parseFloat(document.querySelector(`.wx-bar[data-id=":${id}"]`)
        ?.style.left ?? '0') > left, [waiting.id, set.left]);
      const now = await bars(page, waiting.id);
      check(now.left > set.left, `the bar moved right: ${set.left} -> ${now.left}`);
      check(now.baseline?.left === set.baseline.left && now.baseline.width === set.baseline.width,
        `the baseline bar stayed: ${JSON.stringify(set.baseline)} -> ${JSON.stringify(now.baseline)}`);
      const withBaseline = await accessibilityViolations(page);
      check(withBaseline.length === 0, `axe with the baseline shown: ${withBaseline.join('; ')}`);
    }));

  await test('the project manager gives the site a short Friday, sees its tasks move and the calendar shown back', () =>
    withBrowser(DESKTOP, async (context) => {
      if (!site) return 'no site from the first step';
      const page = await pageAs(context, 'pm.north');
      await openPlan(page, base, site.rollout.id, site.rollout.siteName);
      const before = (await callFromPage(page, 'GET', `/api/planning/rollouts/${site.rollout.id}/plan`)).body;
      // A task of a week or more, not started: a day of duration stays eight hours, so a 4-hour Friday moves it.
      const long = before.tasks.find((t) => t.status === 'NOT_STARTED' && !t.milestone && (t.durationDays ?? 0) >= 5);
      check(long, 'the plan has a task of five working days or more not started');
      const panel = page.locator('section[aria-labelledby="calendar-title"]');
      await save(page, panel, '08:00-12:00');
      const after = (await callFromPage(page, 'GET', `/api/planning/rollouts/${site.rollout.id}/plan`)).body;
      const moved = after.tasks.find((t) => t.id === long.id);
      check(moved.start !== long.start || moved.finish !== long.finish,
        `${long.id} moved with the short Friday: ${long.start}..${long.finish} -> ${moved.start}..${moved.finish}`);
      const calendar = (await callFromPage(page, 'GET', `/api/planning/rollouts/${site.rollout.id}/plan/calendars/Standard`)).body;
      check(calendar.weekdayWorkingTimes?.FRIDAY === '08:00-12:00', `stored: ${JSON.stringify(calendar.weekdayWorkingTimes)}`);
      // Opened again, the form shows the Friday's hours; axe with the panel filled in.
      await openPlan(page, base, site.rollout.id, site.rollout.siteName);
      await page.waitForFunction(() => document.querySelector('input[aria-label="Friday hours"]')?.value === '08:00-12:00');
      const violations = await accessibilityViolations(page);
      check(violations.length === 0, `axe with the calendar panel: ${violations.join('; ')}`);
      // A weekend day given hours while not worked is the service's 422, shown by the weekdays.
      await panel.getByLabel('Sunday hours').fill('08:00-12:00');
      await panel.getByRole('button', { name: 'Save calendar' }).click();
      await panel.getByRole('alert').filter({ hasText: 'SUNDAY' }).waitFor();
      await panel.getByLabel('Sunday hours').fill('');
      // Fridays back to full days, for the steps after this one.
      await save(page, panel, '');
    }));

  /** Sets Friday's hours in the calendar panel and saves, waiting for the answer. */
  async function save(page, panel, fridayHours) {
    await panel.getByLabel('Friday hours').fill(fridayHours);
    await panel.getByRole('button', { name: 'Save calendar' }).click();
    const saved = panel.getByRole('status').filter({ hasText: 'Calendar saved' });
    const refused = panel.getByRole('alert');
    await saved.or(refused).first().waitFor();
    if (await refused.isVisible()) throw new Error(`the calendar was refused: ${await refused.innerText()}`);
    check(Number((await saved.innerText()).match(/(\d+) tasks moved/)?.[1] ?? 0) > 0, `tasks moved: ${await saved.innerText()}`);
    await page.waitForFunction((hours) => document.querySelector('input[aria-label="Friday hours"]')?.value === hours
      && !document.querySelector('section[aria-labelledby="calendar-title"] fieldset')?.disabled, fridayHours);
  }

  await test('a viewer sees the plan without edit actions, and a direct change is refused', () =>
    withBrowser(DESKTOP, async (context) => {
      if (!site) return 'no site from the first step';
      const page = await pageAs(context, 'viewer');
      await openPlan(page, base, site.rollout.id, site.rollout.siteName);
      await chooseTask(page, site.task.id);
      await page.getByRole('heading', { name: site.task.title, level: 2 }).waitFor();
      for (const action of ['Save task', 'Preview move', 'Set baseline', 'Import plan', 'Save calendar']) {
        check(await page.getByRole('button', { name: action }).count() === 0, `no "${action}" for a viewer`);
      }
      check(await page.getByRole('link', { name: 'Export MS Project XML' }).count() === 1, 'the export stays');
      const rollout = (await callFromPage(page, 'GET', `/api/planning/rollouts/${site.rollout.id}`)).body;
      const refused = await callFromPage(page, 'PUT', `/api/planning/rollouts/${site.rollout.id}/go-live`,
        { goLiveDate: addDays(rollout.goLiveDate, 7), reason: 'viewer', version: rollout.version });
      check(refused.status === 403, `PUT go-live as viewer answered ${refused.status}`);
      const preview = await callFromPage(page, 'POST', `/api/planning/rollouts/${site.rollout.id}/go-live/preview`,
        { goLiveDate: addDays(rollout.goLiveDate, 7), version: rollout.version });
      check(preview.status === 403, `POST go-live/preview as viewer answered ${preview.status}`);
      const violations = await accessibilityViolations(page);
      check(violations.length === 0, `axe: ${violations.join('; ')}`);
    }));

  let replanned;
  await test('the PMO opens a new site for pm.north, with no plan yet', () =>
    withBrowser(DESKTOP, async (context) => {
      const page = await pageAs(context, 'admin');
      const program = await callFromPage(page, 'POST', '/api/planning/programs', { name: `Replan program ${Date.now()}` });
      check(program.status === 201, `program created: ${program.status}`);
      const rollout = await callFromPage(page, 'POST', `/api/planning/programs/${program.body.id}/rollouts`, {
        siteName: `Replan Lab ${Date.now()}`, siteType: 'LABORATORY', projectManager: 'pm.north',
        goLiveDate: addDays(new Date().toISOString().slice(0, 10), 280),
      });
      check(rollout.status === 201, `rollout created: ${rollout.status}`);
      replanned = rollout.body;
    }));

  await test('the project manager imports a plan from MS Project, then replaces it from a re-planned file', () =>
    withBrowser(DESKTOP, async (context) => {
      if (!replanned) return 'no site from the step before';
      const page = await pageAs(context, 'pm.north');
      await page.goto(`${base}/rollouts/${replanned.id}/plan`);
      await page.getByRole('heading', { name: `Site plan: ${replanned.siteName}`, level: 1 }).waitFor();
      await page.getByLabel('MS Project XML file').setInputFiles(join(samples, 'projectlibre-new-product.xml'));
      await page.getByRole('button', { name: 'Import plan' }).click();
      await page.locator('.wx-bar').first().waitFor();
      const first = (await callFromPage(page, 'GET', `/api/planning/rollouts/${replanned.id}/plan`)).body;
      await page.getByRole('button', { name: 'Set baseline' }).waitFor();
      const baseline = await callFromPage(page, 'POST', `/api/planning/rollouts/${replanned.id}/plan/baselines`, { name: 'Vendor v1' });
      check(baseline.status === 201, `baseline set: ${baseline.status}`);
      await page.reload();
      await page.locator('.wx-bar').first().waitFor();

      await page.getByLabel('MS Project XML file').setInputFiles(join(samples, 'mpxj-task-links-project2019.xml'));
      await page.getByRole('button', { name: 'Replace plan…' }).click();
      const dialog = page.getByRole('alertdialog', { name: 'Replace this plan with mpxj-task-links-project2019.xml?' });
      await dialog.waitFor();
      const loss = await dialog.innerText();
      check(loss.includes(`${first.tasks.length} tasks`) && loss.includes('Vendor v1'), `the confirmation names what is lost: ${loss}`);
      const violations = await accessibilityViolations(page);
      check(violations.length === 0, `axe with the confirmation open: ${violations.join('; ')}`);
      await dialog.getByRole('button', { name: 'Replace plan', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Plan replaced from mpxj-task-links-project2019.xml' }).waitFor();

      const second = (await callFromPage(page, 'GET', `/api/planning/rollouts/${replanned.id}/plan`)).body;
      check(second.tasks.length !== first.tasks.length && second.baselines.length === 0,
        `replaced: ${first.tasks.length} -> ${second.tasks.length} tasks, ${second.baselines.length} baselines`);
      check(second.goLiveDate === first.goLiveDate, `go-live kept: ${first.goLiveDate} -> ${second.goLiveDate}`);
      await page.waitForFunction((count) => document.querySelectorAll('.wx-bar').length > 0
        && document.querySelector('.plan-summary')?.textContent?.includes(`${count} tasks`), second.tasks.length);
    }));
}
