// The package's Content-Security-Policy (src/index.html) lets it reach the LRS
// a launch names over http when the package itself is served over http (a local
// SQL LRS, an intranet LRS behind an http LMS): a page under exactly that policy
// stores a statement in the test LRS on another port, with no CSP violation.
/* global document -- used inside page.evaluate, in the browser */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { startLrs } from '../../scripts/lrs.mjs';

const policy = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(
  readFileSync(new URL('../../src/index.html', import.meta.url), 'utf8'),
)?.[1];

const AUTH = `Basic ${Buffer.from('test:test').toString('base64')}`;

/** The page posts one statement to the LRS from a script file, as the package does; no inline script. */
const PAGE = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${policy}">
<script type="module" src="/send.js"></script></head><body></body></html>`;

let lrs;
let site;
let browser;

before(async () => {
  lrs = await startLrs();
  site = createServer((req, res) => {
    if (req.url === '/send.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(`
        const statement = { actor: { mbox: 'mailto:csp@example.com' }, verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' }, object: { id: 'https://example.com/csp' } };
        fetch(${JSON.stringify(lrs.endpoint)} + 'statements', {
          method: 'POST',
          headers: { Authorization: ${JSON.stringify(AUTH)}, 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' },
          body: JSON.stringify(statement),
        }).then((answer) => (document.body.dataset.status = String(answer.status)), (error) => (document.body.dataset.status = 'failed: ' + error.message));
      `);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(PAGE);
  });
  await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
  browser = await puppeteer.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  site?.close();
  await lrs?.stop();
});

test('the package policy lets an http page reach an http LRS on another origin', async () => {
  assert.ok(policy, 'src/index.html has a Content-Security-Policy meta');
  const page = await browser.newPage();
  const violations = [];
  page.on('console', (message) => message.type() === 'error' && violations.push(message.text()));
  await page.evaluateOnNewDocument(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)),
  );
  await page.goto(`http://localhost:${site.address().port}/`);
  await page.waitForFunction(() => document.body.dataset.status !== undefined);
  assert.equal(await page.evaluate(() => document.body.dataset.status), '200');
  assert.deepEqual(violations, []);
  await page.close();
});
