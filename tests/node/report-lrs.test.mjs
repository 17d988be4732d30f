// The team report from an LRS: Learning Locker's statements service (in
// memory, scripts/lrs.mjs) loaded with a team's statements made by
// the package's own statement builders; read with @xapi/xapi page by page
// through `more`, by the core and by `npm run report -- --lrs …`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importTs } from './helpers/import-ts.mjs';
import { startLrs } from '../../scripts/lrs.mjs';
import { expectedFigures } from '../report/support/expected.mjs';

const core = await importTs('src/report/cli.ts', { external: ['@xapi/xapi'] });
const { teamStatements } = await importTs('tests/report/support/lrs-team.ts', { external: ['@xapi/xapi'] });
const { config } = await importTs('src/content/config.ts');

const AUTH = `Basic ${Buffer.from('test:test').toString('base64')}`;
const team = teamStatements(30);
let lrs;
let proxy;
let endpoint;
const statementReads = [];

/**
 * A proxy in front of the LRS, as a reverse proxy in front of a real one, that
 * counts the reads of statements.
 */
async function startProxy(target) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const { pathname } = url;
    if (req.method === 'GET' && pathname === '/xapi/statements') statementReads.push(url.search);
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const headers = { ...req.headers };
    delete headers.host;
    delete headers['content-length'];
    const answer = await fetch(new URL(`${pathname}${url.search}`, target), {
      method: req.method,
      headers,
      body: ['GET', 'HEAD'].includes(req.method) ? undefined : Buffer.concat(chunks),
    });
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

before(async () => {
  lrs = await startLrs();
  proxy = await startProxy(new URL(lrs.endpoint).origin);
  endpoint = `http://127.0.0.1:${proxy.address().port}/xapi/`;
  for (let i = 0; i < team.statements.length; i += 100) {
    const answer = await fetch(`${endpoint}statements`, {
      method: 'POST',
      headers: { Authorization: AUTH, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' },
      body: JSON.stringify(team.statements.slice(i, i + 100)),
    });
    assert.equal(answer.status, 200, await answer.text());
  }
});

after(async () => {
  proxy?.close();
  await lrs?.stop();
});

function assertTeamFigures(data) {
  const expected = expectedFigures(team.counted);
  assert.equal(data.analysed, team.counted.length);
  assert.deepEqual(data.participation, {
    learners: team.learners,
    completed: team.learners - team.inProgress,
    inProgress: team.inProgress,
    notStarted: null,
    notCompleted: 0,
  });
  assert.deepEqual(
    data.statements.map((s) => [s.statement, ...s.counts]),
    expected.statements.map((s) => [s.statement, ...s.counts]),
  );
  for (const [i, pillar] of data.pillars.entries()) {
    assert.ok(Math.abs(pillar.mean - expected.pillars[i].mean) < 1e-9);
    assert.equal(pillar.median, expected.pillars[i].median);
    assert.deepEqual(pillar.distribution, expected.pillars[i].distribution);
    assert.equal(pillar.attention, expected.pillars[i].attention);
  }
}

test('a few hundred statements, read 50 at a time through the LRS’s more links', async () => {
  assert.ok(team.statements.length > 400, `${team.statements.length} statements`);
  statementReads.length = 0;
  const pages = [];
  const source = await core.readLrs({
    endpoint,
    auth: 'test:test',
    activity: config.activityIri,
    limit: 50,
    onPage: (count) => pages.push(count),
  });
  assert.equal(source.rows, team.statements.length);
  assert.equal(pages.length, Math.ceil(team.statements.length / 50));
  assert.ok(
    statementReads.slice(1).every((search) => search.includes('cursor=')),
    'pages after the first follow more',
  );
  const data = core.buildReport([source]);
  assertTeamFigures(data);
  // Learner 4, 14, 24 completed twice: their first attempts are skipped; 9, 19, 29 stopped halfway.
  assert.deepEqual(data.skipped, [
    { reason: 'earlier-attempt', count: 3 },
    { reason: 'unfinished', count: 3 },
  ]);
  assert.equal(data.focus !== undefined, true);
  assert.ok(!JSON.stringify(data).includes('example.org'));
});

test('--since in the future: no statements, a clear message', async () => {
  await assert.rejects(
    core.readLrs({ endpoint, auth: 'test:test', activity: config.activityIri, since: '2999-01-01' }),
    /De LRS gaf geen statements van activiteit/,
  );
});

test('a wrong endpoint gives the LRS’s error, without the credentials', async () => {
  await assert.rejects(
    core.readLrs({ endpoint: `${endpoint}nope/`, auth: 'geheim:wachtwoord', activity: config.activityIri }),
    (error) => /De LRS gaf een fout/.test(error.message) && !error.message.includes('geheim') && !error.message.includes('d2FjaHR3b29yZA'),
  );
});

test('a more link to another host is not followed, and the message says why, in Dutch', async () => {
  const elsewhere = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ statements: team.statements.slice(0, 1), more: 'https://elsewhere.example/xapi/statements?cursor=1' }));
  });
  await new Promise((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  try {
    await assert.rejects(
      core.readLrs({ endpoint: `http://127.0.0.1:${elsewhere.address().port}/xapi/`, auth: 'test:test', activity: config.activityIri }),
      /verwijst voor de volgende statements naar een andere server \(https:\/\/elsewhere\.example\)/,
    );
  } finally {
    elsewhere.close();
  }
});

test('credentials without a colon and a since that is no date are told in Dutch, before the LRS is asked', async () => {
  await assert.rejects(core.readLrs({ endpoint, auth: 'token', activity: config.activityIri }), /de vorm gebruiker:wachtwoord/);
  await assert.rejects(
    core.readLrs({ endpoint, auth: 'test:test', activity: config.activityIri, since: 'gisteren' }),
    /'gisteren' is geen datum/,
  );
});

test('npm run report -- --lrs … gives the same figures as the core', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'report-lrs-'));
  const out = path.join(dir, 'rapport.html');
  // Asynchronously: the proxy in this process must keep answering while the command runs.
  const run = await promisify(execFile)(
    process.execPath,
    ['scripts/report.mjs', '--lrs', endpoint, '--auth', 'test:test', '--activity', config.activityIri, '--limit', '100', '--out', out],
    { encoding: 'utf8' },
  );
  assert.match(run.stdout, new RegExp(`Deelnemers: ${team.learners}\\n`));
  assert.match(run.stdout, /Niet begonnen: niet te zien in deze bron/);
  const html = readFileSync(out, 'utf8');
  rmSync(dir, { recursive: true, force: true });
  const data = JSON.parse(/<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(html)[1]);
  assertTeamFigures(data);
});
