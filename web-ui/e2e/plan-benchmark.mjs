// How long a 2,000-task site plan's Gantt takes to become interactive after navigation, in headless Chromium.
// The built UI (dist/, `npm run build` first) is served by a small static server here; the API is answered by the
// browser itself with a synthetic plan (2,000 tasks, chained dependencies, a critical path), so the figure is the
// UI's own: loading the view's chunk, mapping the plan, drawing the Gantt and answering a click on a bar. The plan has a
// baseline of every task, which the view compares with (and draws as baseline bars) unless told otherwise.
// Times are the page's own clock (milliseconds since navigation started), taken in the page by a MutationObserver and a
// click listener: Playwright notices an element only at its next poll, up to 500 ms later.
//   node e2e/plan-benchmark.mjs [runs]       (CHROMIUM=/usr/bin/chromium by default)
import { launchChromium, median, serveDist } from './bench-support.mjs';

const TASKS = 2000;
const runs = Number(process.argv[2] ?? 5);
const { server, base } = await serveDist();

/** 2,000 tasks in 20 phases over about 250 days, each after the one before in its phase; one in ten critical. */
function syntheticPlan() {
  const goLive = new Date(Date.UTC(2027, 5, 5));
  const iso = (offset) => new Date(goLive.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const tasks = [];
  for (let i = 0; i < TASKS; i++) {
    const phase = Math.floor(i / 100);
    const offset = -250 + phase * 12 + (i % 100);
    tasks.push({
      id: `t${i}`, wbs: `${phase + 1}.${(i % 100) + 1}`, phase: `P${phase}`, title: `Task ${i}`,
      start: iso(offset), finish: iso(offset + 2), durationDays: 3, status: 'NOT_STARTED', percentComplete: i % 3 ? 0 : 30,
      revision: 0, milestone: i % 100 === 99, critical: i % 10 === 0, totalFloat: i % 10 === 0 ? 0 : 5,
      dependencies: i % 100 ? [{ taskId: `t${i - 1}`, type: 'FS', lagDays: 0 }] : [],
      raci: [{ party: 'pm.bench', role: 'ACCOUNTABLE' }],
    });
  }
  return {
    rolloutId: 'bench', siteName: 'Benchmark General', goLiveDate: iso(0), start: tasks[0].start, finish: iso(20),
    criticalPath: tasks.filter((t) => t.critical).map((t) => t.id), tasks,
    baselines: [{ name: 'Approved', setAt: '2026-12-01T09:00:00Z', setBy: 'pm.bench' }], version: 1,
  };
}

/** The plan's baseline: every task's dates, every third one planned two days earlier than it now is. */
function syntheticBaseline(plan) {
  const shift = (day, days) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return {
    name: 'Approved', setAt: '2026-12-01T09:00:00Z', setBy: 'pm.bench',
    tasks: plan.tasks.map((t, i) => ({ taskId: t.id, start: shift(t.start, i % 3 ? 0 : -2), finish: shift(t.finish, i % 3 ? 0 : -2) })),
  };
}
const planData = syntheticPlan();
const plan = JSON.stringify(planData);
const baseline = JSON.stringify(syntheticBaseline(planData));
const rollout = JSON.stringify({ id: 'bench', siteName: 'Benchmark General', goLiveDate: '2027-06-05', projectManager: 'pm.bench', version: 1 });
const me = JSON.stringify({ username: 'pm.bench', name: 'Bench PM', email: '', roles: ['PROJECT_MANAGER'] });

const browser = await launchChromium();
const figures = [];
try {
  for (let run = 0; run < runs + 1; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route(`${base}/api/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      const body = path === '/api/me' ? me : path.endsWith('/plan') ? plan : path.endsWith('/bench') ? rollout
        : path.endsWith('/plan/baselines/Approved') ? baseline : null;
      return body ? route.fulfill({ contentType: 'application/json', body }) : route.fulfill({ status: 404 });
    });
    await context.addInitScript(() => {
      const marks = (window.__marks = {});
      new MutationObserver(() => {
        if (marks.drawn === undefined && document.querySelector('.wx-bar[data-id=":t10"]')) marks.drawn = performance.now();
        if (marks.baseline === undefined && document.querySelector('.plan-baseline')) marks.baseline = performance.now();
        if (marks.clicked !== undefined && marks.answered === undefined
          && [...document.querySelectorAll('h2')].some((h) => h.textContent === 'Task 10')) marks.answered = performance.now();
      }).observe(document, { subtree: true, childList: true, characterData: true });
      document.addEventListener('click', () => { if (marks.clicked === undefined) marks.clicked = performance.now(); }, true);
    });
    const page = await context.newPage();
    // The renderer's main-thread time (CDP Performance.TaskDuration): less bent by a loaded machine than wall time.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${base}/rollouts/bench/plan`);
    const bar = page.locator('.wx-bar[data-id=":t10"]');
    await bar.waitFor();
    await bar.click();
    await page.getByRole('heading', { name: 'Task 10', level: 2 }).waitFor();
    await page.waitForFunction(() => window.__marks.answered !== undefined);
    const marks = await page.evaluate(() => window.__marks);
    const drawn = marks.drawn;
    const answer = marks.answered - marks.clicked;
    const { metrics } = await cdp.send('Performance.getMetrics');
    const busy = 1000 * metrics.find((m) => m.name === 'TaskDuration').value;
    const bars = await page.locator('.wx-bar').count();
    const baselineBars = await page.locator('.plan-baseline').count();
    await context.close();
    if (run === 0) continue; // the first run warms the browser and the server's file cache
    figures.push({ drawn, answer, busy, bars, baseline: marks.baseline });
    console.log(`run ${run}: Gantt drawn ${drawn.toFixed(0)} ms after navigation, a click on a bar answered `
      + `${answer.toFixed(0)} ms after it, main thread busy ${busy.toFixed(0)} ms (${bars} bars in the DOM of ${TASKS} tasks; `
      + `${baselineBars} baseline bars${marks.baseline ? `, the first drawn ${marks.baseline.toFixed(0)} ms after navigation` : ''})`);
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`2,000-task Gantt drawn (interactive) after navigation: median ${median(figures.map((f) => f.drawn)).toFixed(0)} ms, `
  + `a click on a bar answered ${median(figures.map((f) => f.answer)).toFixed(0)} ms after it, main thread busy `
  + `${median(figures.map((f) => f.busy)).toFixed(0)} ms over ${figures.length} runs (page clock); target 1,500 ms`
  + (figures.every((f) => f.baseline) ? `; baseline bars drawn ${median(figures.map((f) => f.baseline)).toFixed(0)} ms after navigation` : ''));
