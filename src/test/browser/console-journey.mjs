// The operator's journey through the console in headless Chromium: signs in on Keycloak's own login page, filters the
// list down to one incident, opens it, reads its charts, approves the stage awaiting approval with a reason, finds the
// timeline entry with the operator's name, switches the language (and finds it remembered on the next page), then
// signs in as a viewer in a fresh context and looks for action forms; last, signs the operator out. Screenshots go
// to SHOTS/console-*.png.
// Prints one JSON line of what it saw; the Java test asserts on it.
// Usage: node console-journey.mjs BASE_URL INCIDENT_ID DOMAIN SHOTS_DIR
//   env OPERATOR, OPERATOR_PASSWORD, VIEWER, VIEWER_PASSWORD, REASON
import { chromium } from 'playwright-core';

const [base, incidentId, domain, shots] = process.argv.slice(2);
const env = process.env;
const browser = await chromium.launch({
  executablePath: env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const viewport = { width: 1280, height: 900 };
const result = { blocked: [] };

/** A new browser context (its own cookies) watching for failed loads and CSP refusals. */
async function newPage() {
  const context = await browser.newContext({ viewport, locale: 'ja-JP' });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      result.blocked.push(message.text());
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      result.blocked.push(`${response.status()} ${response.url()}`);
    }
  });
  return page;
}

/** Opens PATH of the console, lands on Keycloak's login page, signs in and comes back. */
async function signIn(page, path, user, password) {
  await page.goto(base + path);
  await page.waitForSelector('#kc-form-login');
  const loginHost = new URL(page.url()).host;
  await page.fill('#username', user);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL((u) => u.pathname.startsWith('/console')), page.click('#kc-login')]);
  await page.waitForLoadState('load');
  return { loginPage: loginHost, landed: new URL(page.url()).pathname, signedIn: await page.locator('#signed-in').innerText() };
}

async function shot(page, name) {
  await page.screenshot({ path: `${shots}/console-${name}.png`, fullPage: false });
}

try {
  // 1. The operator signs in through Keycloak and sees the list.
  const page = await newPage();
  result.operator = await signIn(page, '/console', env.OPERATOR, env.OPERATOR_PASSWORD);
  result.listLang = await page.getAttribute('html', 'lang');
  result.listRows = await page.locator('tr[data-incident]').count();
  await shot(page, 'list-ja');

  // 2. Filters the list by domain: one row, the incident with what needs a person.
  await page.fill('#filter-domain', domain);
  await Promise.all([page.waitForURL((u) => u.searchParams.get('domain') === domain),
    page.click('#filters button[type=submit]')]);
  const rows = page.locator('tr[data-incident]');
  result.filtered = {
    rows: await rows.count(),
    ids: await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.incident)),
    needs: await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.needs)),
  };

  // 3. Opens the incident from its row.
  await Promise.all([page.waitForURL((u) => u.pathname === `/console/incidents/${incidentId}`),
    page.click(`tr[data-incident="${incidentId}"] a[href="/console/incidents/${incidentId}"]`)]);
  await page.waitForSelector('svg[data-metric]');
  result.before = {
    state: await page.getAttribute('#state', 'data-state'),
    stage: await page.locator('#stage').innerText(),
    approveOffered: await page.locator('form#action-STEP_DOWN.approve').count(),
  };

  // 4. Reads the charts: one per gate, with their points drawn.
  result.charts = await page.locator('svg[data-metric]').evaluateAll((svgs) => svgs.map((svg) => ({
    metric: svg.dataset.metric,
    samples: Number(svg.dataset.samples),
    points: Number(svg.dataset.points),
    segments: Number(svg.dataset.segments),
    gaps: Number(svg.dataset.gaps),
    markers: Number(svg.dataset.markers),
    series: svg.querySelectorAll('path.series').length,
    seriesLength: [...svg.querySelectorAll('path.series')].reduce((n, p) => n + p.getTotalLength(), 0),
    width: svg.getBoundingClientRect().width,
  })));
  await shot(page, 'incident-ja');
  await page.locator('#charts').screenshot({ path: `${shots}/console-charts-ja.png` });

  // 5. Approves the stage with a reason; the page comes back with the entry under the operator's name.
  await page.fill('#reason-STEP_DOWN', env.REASON);
  await Promise.all([page.waitForURL((u) => u.pathname === `/console/incidents/${incidentId}`),
    page.click('form#action-STEP_DOWN button[type=submit]')]);
  await page.waitForLoadState('load');
  const lifted = page.locator('#events tr[data-type="LIFTED"]');
  result.after = {
    state: await page.getAttribute('#state', 'data-state'),
    refusal: await page.locator('#refusal').count(),
    liftedActor: await lifted.getAttribute('data-actor'),
    liftedText: await lifted.innerText(),
    actionsOffered: await page.locator('form[id^="action-"]').evaluateAll((fs) => fs.map((f) => f.id)),
  };

  // 6. Switches to English; the choice holds on the next page.
  await Promise.all([page.waitForURL((u) => u.pathname === `/console/incidents/${incidentId}`),
    page.click('#switch-language')]);
  result.switched = { lang: await page.getAttribute('html', 'lang'), h2: await page.locator('h2').allInnerTexts() };
  await shot(page, 'incident-en');
  await page.goto(`${base}/console`);
  result.remembered = { lang: await page.getAttribute('html', 'lang'), title: await page.locator('h1').innerText() };
  await shot(page, 'list-en');
  await page.click('#switch-language');
  await page.waitForFunction(() => document.documentElement.lang === 'ja');
  result.back = await page.getAttribute('html', 'lang');

  // 7. The viewer, in a browser of their own: the page, and no action form.
  const viewerPage = await newPage();
  result.viewer = await signIn(viewerPage, `/console/incidents/${incidentId}`, env.VIEWER, env.VIEWER_PASSWORD);
  result.viewer.forms = await viewerPage.locator('form[action$="/actions"]').count();
  result.viewer.viewerOnly = await viewerPage.locator('#viewer-only').count();
  result.viewer.newIncidentLink = await viewerPage.locator('a#new-incident').count();
  await shot(viewerPage, 'incident-viewer-ja');

  // 8. The operator signs out with the button in the bar: back on Keycloak's login page, which the console sends to
  // again (the provider's session ended too).
  await Promise.all([page.waitForSelector('#kc-form-login'), page.click('#sign-out')]);
  result.signedOut = { host: new URL(page.url()).host };
  await page.goto(`${base}/console`);
  result.signedOut.again = await page.locator('#kc-form-login').count();

  console.log(JSON.stringify(result));
} finally {
  await browser.close();
}
