// The editing forms' browser tests (issue 15), called from run.mjs with its runner and helpers: on one of pm.north's
// sites, the project manager registers a stakeholder (the service's message shown next to a bad e-mail), edits it,
// meets a 409 after a change made meanwhile and reloads, adds a plan entry, edits it and sends an announcement; assesses a
// readiness criterion and enters a role group's training figures. A viewer sees none of these controls, and the
// service refuses their direct call (403).
import { callFromPage, managedSiteWithStakeholders } from './stakeholders.mjs';

export async function formTests({ test, check, withBrowser, pageAs, accessibilityViolations, base }) {
  const DESKTOP = { width: 1280, height: 900 };
  let site;
  const name = `AAA Browser test ${Date.now()}`;

  await test('a project manager registers and edits a stakeholder, meets a 409 and reloads, plans, replans and sends a communication', () =>
    withBrowser(DESKTOP, async (context) => {
      const page = await pageAs(context, 'pm.north');
      await page.goto(base + '/stakeholders');
      await page.getByRole('heading', { name: /^Stakeholders: /, level: 1 }).waitFor();
      site = await managedSiteWithStakeholders(page);
      await page.goto(`${base}/rollouts/${site.id}/stakeholders`);
      await page.locator('table.register tbody tr').first().waitFor();

      await page.getByRole('button', { name: 'Add a stakeholder' }).click();
      const add = page.getByRole('form', { name: 'Add a stakeholder' });
      await add.getByLabel('Name').fill(name);
      await add.getByLabel('Organisation').fill('Browser Test Vendor Inc.');
      await add.getByLabel('E-mail').fill('not-an-address');
      await add.getByLabel('Role group').selectOption('VENDOR');
      await add.getByLabel('Influence').selectOption('HIGH');
      await add.getByLabel('Interest').selectOption('HIGH');
      await add.getByLabel('Current engagement').selectOption('NEUTRAL');
      await add.getByLabel('Desired engagement').selectOption('LEADING');
      await add.getByRole('button', { name: 'Add the stakeholder' }).click();
      // The service's own message, under the field it names.
      await add.locator('.field-error').first().waitFor();
      check((await add.getByLabel('E-mail').getAttribute('aria-invalid')) === 'true', 'the e-mail is marked invalid');
      await add.getByLabel('E-mail').fill('browser.vendor@example.org');
      await add.getByRole('button', { name: 'Add the stakeholder' }).click();
      const row = page.locator('table.register tbody tr', { hasText: name });
      await row.waitFor();
      check((await row.innerText()).includes('Manage closely'), `the new row: ${await row.innerText()}`);

      await row.getByRole('button', { name: `Edit ${name}` }).click();
      const edit = page.getByRole('form', { name: `Edit ${name}` });
      await edit.getByLabel('Current engagement').selectOption('SUPPORTIVE');
      await edit.getByRole('button', { name: 'Save the stakeholder' }).click();
      await row.filter({ hasText: 'Supportive' }).waitFor();

      // Someone else changes it while the form is open: the page's version is stale.
      await row.getByRole('button', { name: `Edit ${name}` }).click();
      const stored = (await callFromPage(page, 'GET', `/api/stakeholders?rolloutId=${site.id}&size=500`)).body.stakeholders
        .find((s) => s.name === name);
      const { id, version, name: storedName, email, organization, roleGroup, influence, interest, currentEngagement, desiredEngagement, rolloutIds } = stored;
      const meanwhile = await callFromPage(page, 'PUT', `/api/stakeholders/${id}`, { version, name: storedName, email, organization,
        roleGroup, influence, interest, currentEngagement, desiredEngagement, rolloutIds, title: 'Account lead' });
      check(meanwhile.status === 200, `the change made meanwhile answered ${meanwhile.status}`);
      await edit.getByLabel('Desired engagement').selectOption('SUPPORTIVE');
      await edit.getByRole('button', { name: 'Save the stakeholder' }).click();
      const alert = edit.getByRole('alert');
      await alert.waitFor();
      check((await alert.innerText()).includes('(409)'), `the alert: ${await alert.innerText()}`);
      await edit.getByRole('button', { name: 'Reload the register' }).click();
      await row.filter({ hasText: 'Account lead' }).waitFor();

      await page.getByRole('button', { name: 'Add a plan entry' }).click();
      const entry = page.getByRole('form', { name: 'Add a plan entry' });
      await entry.getByLabel('Entry').fill('Browser test vendor huddle');
      await entry.getByLabel('Channel').selectOption('MEETING');
      await entry.getByLabel('Role groups (none: everyone)').selectOption(['VENDOR']);
      await entry.getByRole('button', { name: 'Add the entry' }).click();
      await page.locator('section[aria-labelledby="plan-title"] tr', { hasText: 'Browser test vendor huddle' }).waitFor();
      // Edited: every other week instead of every week; the row says so.
      await page.getByRole('button', { name: 'Edit Browser test vendor huddle' }).click();
      const revise = page.getByRole('form', { name: 'Edit Browser test vendor huddle' });
      check(await revise.getByLabel('Channel').inputValue() === 'MEETING', 'the edit form shows the entry');
      await revise.getByLabel('Every (days)').fill('14');
      await revise.getByRole('button', { name: 'Save the entry' }).click();
      await revise.waitFor({ state: 'detached' });
      await page.locator('section[aria-labelledby="plan-title"] tr', { hasText: 'Browser test vendor huddle' })
        .filter({ hasText: 'Every 14 days' }).waitFor();

      const subject = `Browser test: vendor downtime ${Date.now()}`;
      await page.getByRole('button', { name: 'Send an announcement' }).click();
      const send = page.getByRole('form', { name: 'Send an announcement' });
      await send.getByLabel('To role groups (none: every group)').selectOption(['VENDOR']);
      await send.getByLabel('Purpose').selectOption('DOWNTIME');
      await send.getByLabel('Acknowledge within (days, empty: not asked)').fill('2');
      await send.getByLabel('Subject').fill(subject);
      await send.getByLabel('Message').fill('The interface engine is down on Saturday from 02:00.');
      await send.getByRole('button', { name: 'Send' }).click();
      await page.getByText(new RegExp(`^Sent “${subject}” to [1-9]\\d* recipients\\.$`)).waitFor();
      const sent = page.locator('section[aria-labelledby="sent-title"] tbody tr', { hasText: subject });
      await sent.waitFor();
      const recipients = Number(await sent.locator('td').nth(4).innerText());
      check(recipients >= 1, `the sent row: ${await sent.innerText()}`);
      const violations = await accessibilityViolations(page);
      check(violations.length === 0, `axe: ${violations.join('; ')}`);
    }));

  await test('a project manager assesses a readiness criterion and enters a role group\'s training figures', () =>
    withBrowser(DESKTOP, async (context) => {
      if (!site) return 'no site from the step before';
      const page = await pageAs(context, 'pm.north');
      await page.goto(`${base}/rollouts/${site.id}/readiness`);
      await page.getByRole('heading', { name: 'Scorecard' }).waitFor();
      const assess = page.getByRole('button', { name: /^Assess / }).first();
      await assess.waitFor();
      const criterion = (await assess.getAttribute('aria-label')).replace(/^Assess /, '');
      await assess.click();
      const form = page.getByRole('form', { name: `Assess ${criterion}` });
      await form.getByLabel('Attainment (%)').fill('100');
      await form.getByLabel('Evidence').fill('Browser test: signed off by the site');
      await form.getByRole('button', { name: 'Record the assessment' }).click();
      const row = page.locator('tr', { has: page.getByRole('button', { name: `Assess ${criterion}`, exact: true }) });
      await row.filter({ hasText: 'pm.north' }).filter({ hasText: '100 %' }).waitFor();

      const editGroup = page.getByRole('button', { name: /^Edit the figures of / }).first();
      await editGroup.waitFor();
      const group = (await editGroup.getAttribute('aria-label')).replace(/^Edit the figures of /, '');
      await editGroup.click();
      const figures = page.getByRole('form', { name: `Training figures of ${group}` });
      const toTrain = Number(await figures.getByLabel('Users to train').inputValue());
      await figures.getByLabel('Trained').fill(String(toTrain + 1));
      await figures.getByRole('button', { name: 'Save the figures' }).click();
      await figures.getByRole('alert').waitFor(); // more trained than to train: the service's 422
      await figures.getByLabel('Trained').fill(String(toTrain));
      await figures.getByLabel('Passed proficiency').fill('0');
      await figures.getByRole('button', { name: 'Save the figures' }).click();
      await figures.waitFor({ state: 'detached' });
      const groupRow = page.locator('tr', { has: page.getByRole('rowheader', { name: group, exact: true }) });
      check((await groupRow.locator('td').nth(1).innerText()) === String(toTrain), `the group's row: ${await groupRow.innerText()}`);
      const violations = await accessibilityViolations(page);
      check(violations.length === 0, `axe: ${violations.join('; ')}`);
    }));

  await test('a viewer sees no stakeholder, communication or readiness control, and a direct registration is refused (403)', () =>
    withBrowser(DESKTOP, async (context) => {
      if (!site) return 'no site from the first step';
      const page = await pageAs(context, 'viewer');
      await page.goto(`${base}/rollouts/${site.id}/stakeholders`);
      await page.locator('table.register tbody tr', { hasText: name }).waitFor();
      await page.getByRole('heading', { name: 'Sent communications' }).waitFor();
      const controls = page.getByRole('button', { name: /Add a stakeholder|^Edit|Send an announcement|Add a plan entry/ });
      check((await controls.count()) === 0, `a viewer is offered ${await controls.count()} register or communication controls`);
      const refused = await callFromPage(page, 'POST', '/api/stakeholders', { name: 'viewer', roleGroup: 'VENDOR', rolloutIds: [site.id] });
      check(refused.status === 403, `POST /api/stakeholders as viewer answered ${refused.status}`);
      await page.goto(`${base}/rollouts/${site.id}/readiness`);
      await page.getByRole('heading', { name: 'Scorecard' }).waitFor();
      await page.getByRole('heading', { name: 'Training' }).waitFor();
      const readiness = page.getByRole('button', { name: /^Assess|^Edit the figures|Add a role group|^Import$/ });
      check((await readiness.count()) === 0, `a viewer is offered ${await readiness.count()} readiness controls`);
    }));
}
