// Every view on a 768 px tablet (issue 15), called from run.mjs: as the PMO (who may open every view), each view and
// each site page is opened at 768 x 1024, left to load, and checked: the page itself does not scroll sideways (wide
// tables scroll inside their own region), and axe-core finds no serious or critical violation; the conflict log's
// action buttons are in view.
import { actionsOutOfView, callFromPage } from './stakeholders.mjs';

/** Waits until no "Loading…" status is left in the view (each panel says so while its data is on the way). */
async function settled(page) {
  const loading = page.locator('main [role="status"]', { hasText: /^Loading/ });
  for (let attempt = 0; attempt < 120 && (await loading.count()) > 0; attempt++) await page.waitForTimeout(250);
}

/** The outermost elements reaching past the screen's right edge (their parent does not), to say what to fix. */
function widest(page) {
  return page.evaluate(() => {
    const past = (element) => element.getBoundingClientRect().right > window.innerWidth + 1;
    const name = (element) => `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string'
      ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
    return [...document.querySelectorAll('main *')]
      .filter((element) => past(element) && element.parentElement && !past(element.parentElement))
      .slice(0, 5)
      .map((element) => `${name(element.parentElement)} > ${name(element)} (${Math.round(element.getBoundingClientRect().width)} px)`)
      .join(', ') || 'nothing in main';
  });
}

/** A site of the portfolio whose conflict log has an unresolved conflict (the demo logs some), or null. */
async function siteWithOpenConflicts(page, rollouts) {
  for (const rollout of rollouts) {
    const open = await callFromPage(page, 'GET', `/api/stakeholders/conflicts?rolloutId=${rollout.rolloutId}&status=OPEN&status=IN_MEDIATION&status=ESCALATED&size=1`);
    if (open.status === 200 && open.body.total > 0) return rollout.rolloutId;
  }
  return null;
}

export async function tabletTests({ test, check, withBrowser, pageAs, accessibilityViolations, openPortfolio, base }) {
  const TABLET = { width: 768, height: 1024 };
  await test('every view is usable on a 768 px tablet: no sideways scrolling of the page, no serious axe violation', () =>
    withBrowser(TABLET, async (context) => {
      const page = await pageAs(context, 'admin');
      await openPortfolio(page);
      const portfolio = (await callFromPage(page, 'GET', '/api/tracking/portfolio?sort=goLiveDate,asc&size=50')).body;
      const site = portfolio.rollouts.find((r) => r.daysToGoLive > 0) ?? portfolio.rollouts[0];
      const paths = ['/portfolio', '/waves', '/budget', '/readiness', '/stakeholders', '/audit',
        ...['plan', 'budget', 'readiness', 'stakeholders', 'audit'].map((view) => `/rollouts/${site.rolloutId}/${view}`)];
      const problems = [];
      for (const path of paths) {
        await page.goto(base + path);
        await page.locator('main h1').first().waitFor();
        await settled(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) problems.push(`${path}: the page scrolls sideways by ${overflow} px, from ${await widest(page)}`);
        const violations = await accessibilityViolations(page);
        if (violations.length) problems.push(`${path}: axe: ${violations.join('; ')}`);
      }
      // The conflict log's actions (escalate, mediate, resolve) stay in view and take the keyboard focus in place.
      const withConflicts = await siteWithOpenConflicts(page, portfolio.rollouts);
      if (withConflicts) {
        await page.goto(`${base}/rollouts/${withConflicts}/stakeholders`);
        await page.locator('table.conflicts td:last-child button').first().waitFor();
        const hidden = await actionsOutOfView(page);
        if (hidden.length) problems.push(`/rollouts/${withConflicts}/stakeholders: actions out of view: ${hidden.join('; ')}`);
      } else {
        problems.push('no site with an open conflict to check the conflict log\'s actions on');
      }
      check(problems.length === 0, problems.join('\n  '));
    }));
}
