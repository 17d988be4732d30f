// @ts-check
/**
 * `npm run dev` and `npm start` (scripts/dev.mjs): PORT is honoured and printed; a port in
 * use ends it at once with one line and exit code 1; in watch mode a change to content is
 * rebuilt and served; SIGTERM to npm stops everything it started (the watchers or the build,
 * the server, the LRS). The servers run in a copy of the project, so dist/ and content/
 * are left alone.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** What `npm run dev` and the start of `npm start` read. */
const PROJECT = [
  'src',
  'content',
  'preview',
  'scripts',
  'rollup.config.mjs',
  'rollup.preview.config.mjs',
  'rollup.report.config.mjs',
  'tsconfig.json',
  'package.json',
];

let copy = '';
before(() => {
  copy = mkdtempSync(join(tmpdir(), 'wed-dev-server-'));
  for (const entry of PROJECT) cpSync(join(root, entry), join(copy, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
});
after(() => rmSync(copy, { recursive: true, force: true }));

/** @returns {Promise<{ port: number, close: () => Promise<void> }>} a port held by a server on every interface, as another dev server would */
async function heldPort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { port, close: () => new Promise((resolve) => server.close(() => resolve(undefined))) };
}

/** A port nobody listens on right now. */
async function freePort() {
  const held = await heldPort();
  await held.close();
  return held.port;
}

/**
 * `npm run <script>` in the copy, with PORT set.
 * @param {string} script
 * @param {number} port
 */
function npmRun(script, port) {
  const child = spawn('npm', ['run', script], { cwd: copy, env: { ...process.env, PORT: String(port) } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return {
    child,
    exited,
    output: () => output,
    /**
     * Waits until the output matches `pattern`.
     * @param {RegExp} pattern
     * @param {number} timeoutMs
     */
    async waitFor(pattern, timeoutMs) {
      const started = Date.now();
      while (!pattern.test(output)) {
        if (child.exitCode !== null) throw new Error(`npm run ${script} exited (${child.exitCode}):\n${output}`);
        if (Date.now() - started > timeoutMs) throw new Error(`no ${pattern} within ${timeoutMs} ms:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}

/**
 * Every process below `pid`.
 * @param {number} pid
 * @returns {number[]}
 */
function descendants(pid) {
  const table = execFileSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number));
  /** @type {number[]} */
  const found = [];
  const add = (/** @type {number} */ parent) => {
    for (const [child, ppid] of table) {
      if (ppid === parent && !found.includes(child)) {
        found.push(child);
        add(child);
      }
    }
  };
  add(pid);
  return found;
}

/** @param {number} pid */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Sends SIGTERM to npm and checks that npm, everything below it and the port are gone.
 * @param {ReturnType<typeof npmRun>} run
 * @param {number} port
 */
async function stopAndCheck(run, port) {
  const pids = [/** @type {number} */ (run.child.pid), ...descendants(/** @type {number} */ (run.child.pid))];
  assert.ok(pids.length >= 3, `npm, the dev script and the LRS run: ${pids.join(', ')}`);
  run.child.kill('SIGTERM');
  await run.exited;
  for (let wait = 0; pids.some(alive) && wait < 50; wait++) await new Promise((resolve) => setTimeout(resolve, 100));
  assert.deepEqual(pids.filter(alive), [], 'no process it started is left');
  await assert.rejects(fetch(`http://localhost:${port}/`), 'nothing listens on the port any more');
}

test('a port in use, or a PORT that is no port number: one line, exit code 1, nothing started', async () => {
  const held = await heldPort();
  try {
    for (const [flags, command] of [
      [[], 'npm start'],
      [['--watch'], 'npm run dev'],
    ]) {
      const run = spawnSync(process.execPath, ['scripts/dev.mjs', ...flags], {
        cwd: copy,
        env: { ...process.env, PORT: String(held.port) },
        encoding: 'utf8',
      });
      assert.equal(run.status, 1);
      assert.equal(run.stderr, `Port ${held.port} is in use: set PORT to another port, e.g. PORT=${held.port + 1} ${command}\n`);
      assert.equal(run.stdout, '');
    }
  } finally {
    await held.close();
  }
  const run = spawnSync(process.execPath, ['scripts/dev.mjs'], { cwd: copy, env: { ...process.env, PORT: 'eighty' }, encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.equal(run.stderr, 'PORT must be a port number (0 to 65535), not "eighty": e.g. PORT=8001 npm start\n');
});

test('npm run dev: serves the preview and its LRS on PORT, rebuilds a content change and serves it; SIGTERM stops it all', async () => {
  const port = await freePort();
  const run = npmRun('dev', port);
  try {
    await run.waitFor(/Ctrl\+C stops/, 60_000);
    assert.match(run.output(), new RegExp(`Preview LMS: http://localhost:${port}/preview/\n`));
    const preview = await fetch(`http://localhost:${port}/preview/`);
    assert.equal(preview.status, 200);
    assert.match(await preview.text(), /<title>Preview LMS<\/title>/);
    const about = await fetch(`http://localhost:${port}/lrs/about`);
    assert.equal(about.status, 200);
    assert.ok((await about.json()).version.includes('1.0.3'));

    const { defaultLanguage } = JSON.parse(readFileSync(join(copy, 'content/config.json'), 'utf8'));
    const uiFile = join(copy, `content/${defaultLanguage}/ui.json`);
    const ui = JSON.parse(readFileSync(uiFile, 'utf8'));
    const title = `${ui.app.documentTitle} (changed)`;
    writeFileSync(uiFile, JSON.stringify({ ...ui, app: { ...ui.app, documentTitle: title } }, null, 2));
    const started = Date.now();
    let served = '';
    while (!served.includes(`<title>${title}</title>`) && Date.now() - started < 30_000) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      served = await (await fetch(`http://localhost:${port}/web/index.html`)).text();
    }
    assert.ok(served.includes(`<title>${title}</title>`), `the changed title is served:\n${run.output()}`);
    await run.waitFor(/Rebuilt in [\d.]+ s; open pages reload\./, 5_000);
    await stopAndCheck(run, port);
  } finally {
    run.child.kill('SIGKILL');
  }
});

test('npm start: SIGTERM during the build stops the build too', async () => {
  const port = await freePort();
  const run = npmRun('start', port);
  try {
    await run.waitFor(/rollup -c/, 20_000);
    await stopAndCheck(run, port);
  } finally {
    run.child.kill('SIGKILL');
  }
});
