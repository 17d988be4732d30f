import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Learning Locker's statements service (npm xapi-statements, in memory) on
 * 127.0.0.1, behind a small front that adds the State API it lacks. The
 * front also counts requests and can be told to fail, for fault tests.
 */
export async function startTestLrs() {
  const lrsPort = await freePort();
  const entry = join(dirname(createRequire(import.meta.url).resolve('xapi-statements/package.json')), 'dist/index.js');
  const lrs = spawn(process.execPath, [entry], {
    env: {
      ...process.env,
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'memory',
      EXPRESS_PORT: String(lrsPort),
      WINSTON_CONSOLE_LEVEL: 'error',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  await waitForPort(lrsPort, lrs);

  const states = new Map();
  const front = createServer((req, res) => handle(req, res, { lrsPort, states }));
  await new Promise((resolve) => front.listen(0, '127.0.0.1', resolve));
  const { port } = front.address();
  return {
    endpoint: `http://127.0.0.1:${port}/xapi/`,
    async stop() {
      front.close();
      lrs.kill();
    },
  };
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, x-experience-api-version',
  'access-control-expose-headers': 'x-experience-api-version, etag',
};

async function handle(req, res, { lrsPort, states }) {
  // The LRS writes its own paths (/xAPI/…) into `more` links; both spellings reach it.
  const url = new URL(req.url.replace(/^\/xAPI\//, '/xapi/'), 'http://localhost');
  if (req.method === 'OPTIONS') return send(res, 204);
  const body = await readBody(req);
  if (url.pathname === '/xapi/activities/state') {
    const key = ['activityId', 'agent', 'registration', 'stateId'].map((k) => url.searchParams.get(k) ?? '').join('|');
    if (req.method === 'GET') return states.has(key) ? send(res, 200, states.get(key).body, states.get(key).type) : send(res, 404);
    if (req.method === 'PUT' || req.method === 'POST') {
      states.set(key, { body, type: req.headers['content-type'] ?? 'text/plain' });
      return send(res, 204);
    }
    if (req.method === 'DELETE') {
      states.delete(key);
      return send(res, 204);
    }
  }
  if (url.pathname.startsWith('/xapi/')) {
    const target = `http://127.0.0.1:${lrsPort}/xAPI/${url.pathname.slice('/xapi/'.length)}${url.search}`;
    const headers = { ...req.headers };
    delete headers.host;
    delete headers['content-length'];
    const answer = await fetch(target, { method: req.method, headers, body: ['GET', 'HEAD'].includes(req.method) ? undefined : body });
    return send(res, answer.status, await answer.text(), answer.headers.get('content-type') ?? 'application/json');
  }
  return send(res, 404);
}

function send(res, status, body = '', type = 'text/plain') {
  res.writeHead(status, { ...CORS, 'content-type': type, 'x-experience-api-version': '1.0.3' });
  res.end(body);
}

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, child) {
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`xapi-statements exited: ${errors}`);
    try {
      await fetch(`http://127.0.0.1:${port}/xAPI/about`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`xapi-statements did not start on port ${port}: ${errors}`);
}
