// Browser stage of Spira's CI: accessibility (axe-core, WCAG 2.1 A/AA),
// keyboard access and the main form flows, in a real Chromium.
//
// Expects a running server with demo data at SPIRA_URL
// (default http://127.0.0.1:18080). Run with `node e2e/run.mjs`
// after `npm ci` in e2e/. Prints one `ok - ...` / `not ok - ...` line per
// check, then `e2e: N passed, M failed`; exits 1 if anything failed.
//
// Environment:
//   SPIRA_URL           base URL of the server
//   SPIRA_CHROMIUM      browser binary (default /usr/bin/chromium)
//   SPIRA_E2E_DEADLINE  whole-run limit in seconds (default 300)
//   SPIRA_E2E_LANGS     comma-separated languages (default da,sv,en)

import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

const BASE = (process.env.SPIRA_URL || 'http://127.0.0.1:18080').replace(/\/+$/, '');
const CHROMIUM = process.env.SPIRA_CHROMIUM || '/usr/bin/chromium';
const DEADLINE_S = Number(process.env.SPIRA_E2E_DEADLINE || 300);
const LANGS = (process.env.SPIRA_E2E_LANGS || 'da,sv,en').split(',').map((s) => s.trim()).filter(Boolean);
const NAV_TIMEOUT = 15_000;
const ACTION_TIMEOUT = 10_000;

const NETWORK = '/networks/innovationsnetvaerket-fjordland';
const PUBLIC_PAGES = [
  '/',
  NETWORK,
  '/networks/innovationsradgivning-norrsund',
  '/networks/spredningsnetvaerket',
  `${NETWORK}/apply`,
  '/signin',
  '/password/forgot',
];
const FACILITATOR_PAGES = [
  `${NETWORK}/home`,
  `${NETWORK}/edit`,
  `${NETWORK}/people`,
  `${NETWORK}/agreement`,
  `${NETWORK}/agreement/edit`,
  `${NETWORK}/members`,
  `${NETWORK}/admission`,
  `${NETWORK}/applications`,
  '/networks/spredningsnetvaerket/applications',
  '/networks/spredningsnetvaerket/fees',
  '/networks/spredningsnetvaerket/invoices',
  '/networks/spredningsnetvaerket/invoices/issuer',
  NETWORK,
  '/networks/new',
  '/organisations',
  '/organisations/new',
  '/account',
];
const FACILITATOR = { email: 'tovholder@region-fjordland.example', password: 'spira-demo' };
const ADMIN = { email: 'admin@spira.example', password: 'spira-demo' };
const NEW_MEMBER = { email: 'ny.deltager@aaby.example', password: 'spira-demo' };
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const MAX_NODES_PER_VIOLATION = 20;

let passed = 0;
let failed = 0;

function oneLine(s) {
  return String(s).replace(/\s+/g, ' ').trim();
}

function ok(name) {
  passed += 1;
  console.log(`ok - ${name}`);
}

function notOk(name, detail) {
  failed += 1;
  console.log(`not ok - ${name}${detail ? `: ${oneLine(detail)}` : ''}`);
}

function comment(s) {
  console.log(`# ${oneLine(s)}`);
}

function summaryAndExit() {
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

/** Runs one check; `fn` returns a list of problems (empty = pass) or throws. */
async function check(name, fn) {
  try {
    const problems = (await fn()) || [];
    if (problems.length === 0) ok(name);
    else notOk(name, problems.join('; '));
    return problems.length === 0;
  } catch (err) {
    notOk(name, err && err.message ? err.message.split('\n')[0] : String(err));
    return false;
  }
}

function withLang(path, lang) {
  return `${path}${path.includes('?') ? '&' : '?'}lang=${encodeURIComponent(lang)}`;
}

function pathOf(page) {
  return new URL(page.url()).pathname;
}

/** Swallows a rejection on a promise we may never await (avoids unhandled rejections). */
function quiet(p) {
  p.catch(() => {});
  return p;
}

async function newContext(browser, lang) {
  const context = await browser.newContext({
    // The server's CSP must not stop the injected axe script.
    bypassCSP: true,
    locale: lang === 'sv' ? 'sv-SE' : lang === 'da' ? 'da-DK' : 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultNavigationTimeout(NAV_TIMEOUT);
  context.setDefaultTimeout(ACTION_TIMEOUT);
  const page = await context.newPage();
  page.on('pageerror', (err) => comment(`[${lang}] page error on ${page.url()}: ${err.message}`));
  page.on('response', (resp) => {
    if (resp.status() >= 400 && resp.request().resourceType() !== 'document') {
      comment(`[${lang}] subresource ${resp.status()} ${resp.url()}`);
    }
  });
  page.on('requestfailed', (req) => {
    if (req.resourceType() !== 'document') comment(`[${lang}] request failed ${req.url()}: ${req.failure()?.errorText}`);
  });
  return { context, page };
}

/** Problems with the rendered document: `<html lang>`. */
async function langProblems(page, lang) {
  const htmlLang = await page.evaluate(() => document.documentElement.getAttribute('lang'));
  return htmlLang === lang ? [] : [`<html lang> is ${JSON.stringify(htmlLang)}, expected ${JSON.stringify(lang)}`];
}

function formatViolations(violations) {
  return violations
    .map((v) => {
      const targets = v.nodes.slice(0, MAX_NODES_PER_VIOLATION).map((n) => (Array.isArray(n.target) ? n.target[0] : n.target));
      const more = v.nodes.length > MAX_NODES_PER_VIOLATION ? ` (+${v.nodes.length - MAX_NODES_PER_VIOLATION} more)` : '';
      return `${v.id} (${v.impact}) at ${targets.join(', ')}${more}`;
    })
    .join('; ');
}

/** Injects axe-core into the current document and returns its violations. */
async function axeCheck(name, page) {
  return check(`${name} axe`, async () => {
    await page.addScriptTag({ path: AXE_PATH });
    const result = await page.evaluate(
      async (tags) =>
        // eslint-disable-next-line no-undef
        await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
      AXE_TAGS,
    );
    for (const v of result.violations) comment(`${name}: ${v.id}: ${v.help} <${v.helpUrl}>`);
    return result.violations.length ? [formatViolations(result.violations)] : [];
  });
}

/**
 * GETs `path`, checks status 200, `<html lang>` and (optionally) that no
 * redirect happened, then runs axe on whatever document loaded.
 */
async function visit(page, lang, path, { noRedirect = false } = {}) {
  const name = `[${lang}] GET ${path}`;
  let navigated = false;
  await check(`${name} status 200, html lang=${lang}`, async () => {
    const resp = await page.goto(BASE + path, { waitUntil: 'load' });
    navigated = true;
    const problems = [];
    if (!resp) problems.push('no response');
    else if (resp.status() !== 200) problems.push(`status ${resp.status()}`);
    const want = new URL(BASE + path).pathname;
    if (noRedirect && pathOf(page) !== want) problems.push(`ended on ${page.url()}`);
    problems.push(...(await langProblems(page, lang)));
    return problems;
  });
  if (navigated) await axeCheck(name, page);
  else notOk(`${name} axe`, 'skipped, page did not load');
}

/**
 * Clicks a submit button and waits for the resulting navigation: returns the
 * response to the POST (e.g. 303 or 422) once the new document has loaded.
 */
async function submit(page, buttonSelector) {
  const mainFrame = page.mainFrame();
  const postResponse = quiet(
    page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.request().isNavigationRequest() && r.request().frame() === mainFrame,
      { timeout: NAV_TIMEOUT },
    ),
  );
  const committed = quiet(page.waitForEvent('framenavigated', { predicate: (f) => f === mainFrame, timeout: NAV_TIMEOUT }));
  await page.locator(buttonSelector).first().click();
  const resp = await postResponse;
  await committed;
  await page.waitForLoadState('load');
  return resp;
}

async function signIn(page, lang, who) {
  return check(`[${lang}] sign in as ${who.email}`, async () => {
    const resp0 = await page.goto(BASE + withLang('/', lang));
    if (!resp0 || resp0.status() !== 200) return [`GET /?lang=${lang}: status ${resp0 && resp0.status()}`];
    await page.goto(BASE + '/signin');
    await page.locator('form#signin input[name=email]').fill(who.email);
    await page.locator('form#signin input[name=password]').fill(who.password);
    const resp = await submit(page, 'form#signin button[type=submit]');
    const problems = [];
    if (pathOf(page) === '/signin') problems.push(`still on /signin (POST status ${resp.status()})`);
    if ((await page.locator('form#signout').count()) === 0) problems.push(`no form#signout on ${page.url()}`);
    return problems;
  });
}

async function keyboardCheck(page, lang) {
  return check(`[${lang}] keyboard: first Tab on /signin focuses a visible a.skip-link with a focus indicator`, async () => {
    await page.goto(BASE + withLang('/signin', lang));
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return { tag: 'body' };
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const href = el.getAttribute('href') || '';
      return {
        tag: el.tagName.toLowerCase(),
        isSkip: el.matches('a.skip-link'),
        desc: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : ''}`,
        outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0,
        shadow: cs.boxShadow && cs.boxShadow !== 'none',
        visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
        href,
        targetExists: href.startsWith('#') && href.length > 1 && !!document.getElementById(decodeURIComponent(href.slice(1))),
      };
    });
    if (!info.isSkip) return [`first focused element is ${info.desc || info.tag}, not a.skip-link`];
    const problems = [];
    if (!info.outline && !info.shadow) problems.push('focused skip link has no outline or box-shadow');
    if (!info.visible) problems.push('focused skip link is not visible in the viewport');
    if (!info.targetExists) problems.push(`skip link href ${JSON.stringify(info.href)} does not point to an element id on the page`);
    return problems;
  });
}

async function charterFlow(page, lang) {
  const editPath = `${NETWORK}/edit`;
  const homePath = `${NETWORK}/home`;
  const text = `Formål ændret af browsertest ${Date.now()} (${lang})`;

  await check(`[${lang}] charter edit: new purpose is saved and shown on ${homePath}`, async () => {
    await page.goto(BASE + editPath);
    await page.locator('form#charter textarea[name=purpose]').fill(text);
    const resp = await submit(page, 'form#charter button[type=submit]');
    const problems = [];
    if (pathOf(page) !== homePath) problems.push(`ended on ${page.url()} (POST status ${resp.status()})`);
    const body = await page.locator('body').innerText();
    if (!body.includes(text)) problems.push('new purpose text not on the page');
    return problems;
  });

  const name = `[${lang}] POST ${editPath} with empty name`;
  let submitted = false;
  await check(`${name}: status 422 and .error-summary linking to #name`, async () => {
    await page.goto(BASE + editPath);
    await page.locator('form#charter input[name=name]').fill('');
    // Let the server validate: switch off the browser's own (e.g. `required`).
    await page.locator('form#charter').evaluate((f) => {
      f.noValidate = true;
    });
    const resp = await submit(page, 'form#charter button[type=submit]');
    submitted = true;
    const problems = [];
    if (resp.status() !== 422) problems.push(`status ${resp.status()}, expected 422`);
    const summary = page.locator('.error-summary');
    if ((await summary.count()) === 0) problems.push('no .error-summary');
    else if ((await summary.locator('a[href="#name"]').count()) === 0) problems.push('.error-summary has no link to #name');
    if ((await page.locator('#name').count()) === 0) problems.push('no element with id "name" for the summary link');
    problems.push(...(await langProblems(page, lang)));
    return problems;
  });
  if (submitted) await axeCheck(name, page);
  else notOk(`${name} axe`, 'skipped, form was not submitted');
}

/**
 * The people page with JavaScript: changing a role swaps only the table (htmx), says so in a
 * status message, and refuses to demote the last facilitator with an alert, without navigating.
 */
async function peopleFlow(page, lang) {
  const path = `${NETWORK}/people`;
  await check(`[${lang}] people: a role change through htmx updates the table in place`, async () => {
    await page.goto(BASE + path);
    const problems = [];
    const row = page.locator('#people-table tbody tr', { hasText: 'Jonas Bech Thygesen' });
    if ((await row.count()) !== 1) return ['no row for the demo member'];
    let navigated = false;
    const onNav = (f) => {
      if (f === page.mainFrame()) navigated = true;
    };
    page.on('framenavigated', onNav);
    for (const role of ['convener', 'member']) {
      await row.locator('select').selectOption(role);
      const swapped = quiet(page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/role')));
      await row.locator('form[action$="/role"] button[type=submit]').click();
      const resp = await swapped;
      if (resp.status() !== 200) problems.push(`POST status ${resp.status()}`);
      await page.locator('#people-table [role=status]').waitFor();
      const value = await page.locator('#people-table tbody tr', { hasText: 'Jonas Bech Thygesen' }).locator('select').inputValue();
      if (value !== role) problems.push(`role shows ${value}, expected ${role}`);
    }
    const self = page.locator('#people-table tbody tr', { hasText: 'Anne-Mette Kjær' });
    await self.locator('select').selectOption('member');
    await self.locator('form[action$="/role"] button[type=submit]').click();
    await page.locator('#people-table [role=alert]').waitFor();
    page.off('framenavigated', onNav);
    if (navigated) problems.push('the page navigated instead of swapping the table');
    problems.push(...(await langProblems(page, lang)));
    return problems;
  });
  await axeCheck(`[${lang}] people after htmx swaps`, page);
}

/**
 * The demo's issued invoice (three seats from Åby Kommune, 11,250.00 DKK): reached by a click
 * from the overview, checked by axe, printable without the buttons, with a UBL download link.
 */
async function invoiceFlow(page, lang) {
  const amount = { da: '11.250,00 DKK', sv: '11 250,00 DKK', en: '11,250.00 DKK' }[lang];
  let opened = false;
  await check(`[${lang}] invoice: the overview links to the issued invoice of ${amount}`, async () => {
    await page.goto(BASE + '/networks/spredningsnetvaerket/invoices');
    const link = page.locator('table a[href*="/invoices/"]').first();
    if ((await link.count()) === 0) return ['no link to an issued invoice'];
    await link.click();
    await page.waitForLoadState('load');
    opened = true;
    const text = (await page.locator('main').innerText()).replace(/\u00a0/g, ' ');
    const problems = [];
    if (!text.includes(amount)) problems.push(`the invoice page does not show ${amount}`);
    if ((await page.locator('a[href$="/ubl"]').count()) === 0) problems.push('no UBL download link');
    return problems;
  });
  if (!opened) return;
  await axeCheck(`[${lang}] invoice page`, page);
  await check(`[${lang}] invoice: printing hides the buttons and keeps the amounts`, async () => {
    await page.emulateMedia({ media: 'print' });
    const buttons = await page.locator('.no-print').evaluateAll((els) => els.filter((e) => e.offsetParent !== null).length);
    const tableShown = await page.locator('article.invoice table').isVisible();
    await page.emulateMedia({ media: 'screen' });
    const problems = [];
    if (buttons > 0) problems.push('the actions are printed');
    if (!tableShown) problems.push('the lines are not printed');
    return problems;
  });
}

async function languageRun(browser, lang) {
  const { context, page } = await newContext(browser, lang);
  try {
    for (const path of PUBLIC_PAGES) await visit(page, lang, withLang(path, lang));
    await keyboardCheck(page, lang);

    if (await signIn(page, lang, FACILITATOR)) {
      for (const path of FACILITATOR_PAGES) await visit(page, lang, path, { noRedirect: true });
      await charterFlow(page, lang);
      await peopleFlow(page, lang);
      await invoiceFlow(page, lang);
    } else {
      for (const path of FACILITATOR_PAGES) notOk(`[${lang}] GET ${path}`, 'skipped, not signed in');
      notOk(`[${lang}] charter checks`, 'skipped, not signed in');
    }
  } finally {
    await context.close();
  }
}

/**
 * A member who has not accepted the agreement is sent to it from the directory, accepts with a
 * real click, and then sees the directory.
 */
async function agreementRun(browser) {
  const lang = 'da';
  const { context, page } = await newContext(browser, lang);
  try {
    if (!(await signIn(page, lang, NEW_MEMBER))) return;
    await check(`[${lang}] agreement: the directory opens only after accepting`, async () => {
      const problems = [];
      await page.goto(BASE + `${NETWORK}/members`);
      if (pathOf(page) !== `${NETWORK}/agreement`) problems.push(`not sent to the agreement, ended on ${page.url()}`);
      await axeCheck(`[${lang}] agreement page before accepting`, page);
      const resp = await submit(page, 'form#accept-agreement button[type=submit]');
      if (pathOf(page) !== `${NETWORK}/members`) problems.push(`after accepting ended on ${page.url()} (POST ${resp.status()})`);
      const body = await page.locator('main').innerText();
      if (!body.includes('Jonas Bech Thygesen')) problems.push('directory does not list the demo member');
      return problems;
    });
    await axeCheck(`[${lang}] member directory`, page);
  } finally {
    await context.close();
  }
}

/**
 * A visitor applies with real clicks: the form refuses an empty submit with an error summary,
 * then takes a complete application and asks the applicant to check their e-mail.
 */
async function applyRun(browser) {
  const lang = 'da';
  const { context, page } = await newContext(browser, lang);
  try {
    await page.goto(BASE + withLang(`${NETWORK}/apply`, lang));
    const name = `[${lang}] apply`;
    await check(`${name}: an empty application is refused with an error summary`, async () => {
      await page.locator('form#apply').evaluate((f) => {
        f.noValidate = true;
      });
      const resp = await submit(page, 'form#apply button[type=submit]');
      const problems = [];
      if (resp.status() !== 422) problems.push(`status ${resp.status()}, expected 422`);
      if ((await page.locator('.error-summary a[href="#accept_terms"]').count()) === 0) problems.push('no summary link to #accept_terms');
      return problems;
    });
    await axeCheck(`${name} with errors`, page);
    await check(`${name}: a complete application asks to confirm the e-mail address`, async () => {
      await page.fill('form#apply input[name=name]', 'Browser Testesen');
      await page.fill('form#apply input[name=email]', `browser.${Date.now()}@region-fjordland.example`);
      await page.locator('form#apply select[name=organisation_id]').selectOption({ label: 'Fjordland Universitetshospital (Region Fjordland)' });
      await page.fill('form#apply input[name=manager_name]', 'Leder Lund');
      await page.fill('form#apply input[name=manager_email]', 'leder.lund@region-fjordland.example');
      for (const box of await page.locator('form#apply input[type=checkbox]').all()) await box.check();
      await page.fill('form#apply textarea[name=justify_1]', 'Jeg arbejder med innovation hver dag.');
      const resp = await submit(page, 'form#apply button[type=submit]');
      const problems = [];
      if (resp.status() !== 200) problems.push(`status ${resp.status()}`);
      const h1 = await page.locator('h1').innerText();
      if (!h1.includes('e-mail')) problems.push(`heading is ${JSON.stringify(h1)}`);
      return problems;
    });
  } finally {
    await context.close();
  }
}

async function adminRun(browser) {
  const lang = 'en';
  const { context, page } = await newContext(browser, lang);
  try {
    if (await signIn(page, lang, ADMIN)) await visit(page, lang, '/admin/outbox', { noRedirect: true });
    else notOk(`[${lang}] GET /admin/outbox`, 'skipped, not signed in');
    // The demo application waiting for its manager: open the manager's link from the outbox,
    // as the manager would from the e-mail, and endorse.
    const text = await page.locator('main').evaluate((m) => m.textContent || '');
    const match = text.match(/\/endorse\/[A-Za-z0-9_-]+/);
    if (!match) {
      notOk(`[${lang}] manager link in the outbox`, 'no /endorse/ link found');
      return;
    }
    const manager = await newContext(browser, 'da');
    try {
      await visit(manager.page, 'da', match[0], { noRedirect: true });
      await check('[da] manager endorses with one click', async () => {
        const resp = await submit(manager.page, 'form#endorse button[value=endorse]');
        const problems = [];
        if (resp.status() !== 200) problems.push(`status ${resp.status()}`);
        const body = await manager.page.locator('main').innerText();
        if (!body.includes('Henriette Dam')) problems.push('thank-you page does not name the applicant');
        return problems;
      });
    } finally {
      await manager.context.close();
    }
  } finally {
    await context.close();
  }
}

async function main() {
  const deadline = setTimeout(() => {
    notOk('whole run', `did not finish within ${DEADLINE_S} s`);
    summaryAndExit();
  }, DEADLINE_S * 1000);

  comment(`target ${BASE}, browser ${CHROMIUM}`);
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch (err) {
    notOk('launch chromium', err.message.split('\n')[0]);
    summaryAndExit();
  }
  comment(`chromium ${browser.version()}`);

  try {
    for (const lang of LANGS) await languageRun(browser, lang);
    await agreementRun(browser);
    await applyRun(browser);
    await adminRun(browser);
  } catch (err) {
    notOk('unexpected error', err && err.stack ? err.stack : String(err));
  } finally {
    await browser.close().catch(() => {});
  }
  clearTimeout(deadline);
  summaryAndExit();
}

await main();
