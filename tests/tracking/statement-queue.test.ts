import { expect } from '@open-wc/testing';
import type { Statement } from '@xapi/xapi';
import { LrsClient } from '../../src/tracking/xapi/lrs-client.js';
import { StatementQueue } from '../../src/tracking/xapi/statement-queue.js';
import type { SyncStatus } from '../../src/tracking/tracker.js';
import { eventually } from '../helpers/eventually.js';

type Behaviour = 'down' | '500' | 'lose' | 'up';
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * An LRS like a real one: a batch is stored whole or not at all, and a batch
 * holding an id it already has is answered 409. `script` says how the next
 * regular requests fare: 'lose' stores the batch but the answer never arrives.
 */
function fakeLrs(script: Behaviour[] = []) {
  const stored: string[] = [];
  let inFlight = 0;
  let overlapped = false;
  let posts = 0;
  const fetchImpl = (async (_url: RequestInfo | URL, init: RequestInit = {}) => {
    const keepalive = init.keepalive === true;
    if (!keepalive && ++inFlight > 1) overlapped = true;
    try {
      // The network's delay.
      await wait(3);
      const behaviour = keepalive ? 'up' : (script.shift() ?? 'up');
      posts++;
      if (behaviour === 'down') throw new TypeError('Failed to fetch');
      if (behaviour === '500') return new Response('database unavailable', { status: 500 });
      const batch = JSON.parse(String(init.body)) as Statement[];
      if (batch.some((s) => 'id' in s.object && s.object.id.endsWith('/bad'))) return new Response('object.id is invalid', { status: 400 });
      if (batch.some((s) => stored.includes(s.id!))) return new Response('Conflict', { status: 409 });
      stored.push(...batch.map((s) => s.id!));
      if (behaviour === 'lose') throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify(batch.map((s) => s.id)), { status: 200 });
    } finally {
      if (!keepalive) inFlight--;
    }
  }) as typeof fetch;
  const client = new LrsClient({ endpoint: 'https://lrs.example.org/xapi/', auth: 'Basic a2V5OnNlY3JldA==', fetchImpl });
  return { client, stored, overlapped: () => overlapped, posts: () => posts };
}

/** A Storage of its own per test; with failWrites, every write throws as a full localStorage does. */
function memoryStorage(failWrites = false): Storage {
  const data = new Map<string, string>();
  const setItem = (key: string, value: string) => {
    if (failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    data.set(key, value);
  };
  const key = (index: number) => [...data.keys()][index] ?? null;
  return {
    get length() {
      return data.size;
    },
    key,
    getItem: (k: string) => data.get(k) ?? null,
    setItem,
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
  };
}

const statement = (n: number | string): Statement => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  actor: { mbox: 'mailto:learner@example.org' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
  object: { id: `https://example.org/statement/${n}` },
});
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => statement(from + i));
const ids = (statements: Statement[]) => statements.map((s) => s.id!);
const KEY = 'wed:statements:reg-1';

function queueFor(lrs: ReturnType<typeof fakeLrs>, storage: Storage | null = memoryStorage(), batchSize?: number) {
  return new StatementQueue({
    storage,
    key: KEY,
    send: (batch) => lrs.client.sendStatements(batch),
    sendOnUnload: (batch) => lrs.client.sendOnUnload(batch),
    retryMs: [10, 20],
    ...(batchSize ? { batchSize } : {}),
  });
}

describe('StatementQueue', () => {
  it('delivers in order, in batches of at most batchSize, and empties its storage', async () => {
    const lrs = fakeLrs();
    const storage = memoryStorage();
    const queue = queueFor(lrs, storage, 50);
    queue.enqueue(range(1, 70));
    expect(JSON.parse(storage.getItem(KEY)!)).to.have.length(70);
    queue.enqueue(range(71, 120));
    await eventually(() => queue.size === 0);
    expect(lrs.stored).to.deep.equal(ids(range(1, 120)));
    expect(lrs.posts()).to.equal(3);
    expect(storage.getItem(KEY)).to.equal(null);
    expect(queue.status).to.equal('saved');
  });

  it('fixes an id on statements queued without one', async () => {
    const lrs = fakeLrs(['down']);
    const queue = queueFor(lrs);
    const anonymous = statement(1);
    delete anonymous.id;
    queue.enqueue([anonymous]);
    await eventually(() => queue.size === 0);
    expect(lrs.stored).to.have.length(1);
    expect(lrs.stored[0]).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(anonymous).not.to.have.property('id');
  });

  it('survives an outage, 5xx and a lost answer: every statement arrives once, in order', async () => {
    const lrs = fakeLrs(['down', 'down', '500', 'lose', '500']);
    const queue = queueFor(lrs, memoryStorage(), 4);
    const statuses: SyncStatus[] = [];
    queue.onStatus((status) => statuses.push(status));
    queue.enqueue(range(1, 3));
    await eventually(() => statuses.includes('failing'));
    expect(lrs.stored).to.deep.equal([]);
    // The lost answer: the LRS stored 1–3, the queue still holds them; the next batch (1–4) mixes old and new.
    await eventually(() => lrs.posts() >= 4);
    expect(lrs.stored).to.deep.equal(ids(range(1, 3)));
    queue.enqueue(range(4, 6));
    await eventually(() => lrs.posts() >= 6);
    queue.enqueue(range(7, 9));
    await eventually(() => queue.size === 0 && queue.status === 'saved');
    expect(lrs.stored).to.deep.equal(ids(range(1, 9)));
    expect(new Set(lrs.stored).size).to.equal(9);
    expect(lrs.overlapped()).to.equal(false);
    expect(statuses[0]).to.equal('pending');
    expect(statuses).to.include('failing');
    expect(statuses.at(-1)).to.equal('saved');
  });

  it('survives a reload mid-outage: the next page resends what the last one flushed, without duplicates', async () => {
    const lrs = fakeLrs(['down', 'down', 'down', 'down']);
    const storage = memoryStorage();
    let pageAlive = true;
    // Once the page is gone, its sends never come back.
    const send = (batch: Statement[]) => (pageAlive ? lrs.client.sendStatements(batch) : new Promise<never>(() => undefined));
    const first = new StatementQueue({
      storage,
      key: KEY,
      send,
      sendOnUnload: (batch) => lrs.client.sendOnUnload(batch),
      retryMs: [10, 20],
    });
    first.enqueue(range(1, 5));
    await eventually(() => first.status === 'failing');
    first.enqueue(range(6, 7));
    for (const secret of ['a2V5OnNlY3JldA==', 'secret']) expect(storage.getItem(KEY)).not.to.contain(secret);
    // pagehide while the LRS has come back: the keepalive request stores the statements.
    first.flushOnUnload();
    pageAlive = false;
    expect(first.size).to.equal(7);
    await eventually(() => lrs.stored.length === 7);
    const second = queueFor(lrs, storage);
    expect(second.size).to.equal(7);
    second.enqueue(range(8, 9));
    await eventually(() => second.size === 0);
    expect(lrs.stored).to.deep.equal(ids(range(1, 9)));
    expect(storage.getItem(KEY)).to.equal(null);
  });

  it('reports a refused statement once and sets it aside, while the others still go', async () => {
    const lrs = fakeLrs();
    const storage = memoryStorage();
    const queue = queueFor(lrs, storage);
    const rejected: [string, Statement[]][] = [];
    queue.onRejected((message, statements) => rejected.push([message, statements]));
    const bad = { ...statement(3), object: { id: 'https://example.org/statement/bad' } };
    queue.enqueue([statement(1), statement(2), bad, statement(4)]);
    queue.enqueue([statement(5)]);
    await eventually(() => queue.size === 0);
    // Time for the refused statement to be sent or reported again, which must not happen.
    await wait(30);
    expect(lrs.stored).to.deep.equal(ids([statement(1), statement(2), statement(4), statement(5)]));
    expect(rejected).to.deep.equal([['object.id is invalid', [bad]]]);
    expect(JSON.parse(storage.getItem(`${KEY}:rejected`)!)).to.deep.equal([{ message: 'object.id is invalid', statements: [bad] }]);
    expect(queue.status).to.equal('saved');
  });

  it('keeps delivering in memory when storage is missing or full', async () => {
    for (const storage of [null, memoryStorage(true)]) {
      const lrs = fakeLrs(['down']);
      const queue = queueFor(lrs, storage);
      queue.enqueue(range(1, 3));
      queue.enqueue(range(4, 5));
      await eventually(() => queue.size === 0);
      expect(lrs.stored).to.deep.equal(ids(range(1, 5)));
    }
  });

  it('on unload hands over the head of the queue, halved until it fits, and keeps it queued', () => {
    const offered: number[] = [];
    const sendOnUnload = (batch: Statement[]) => (offered.push(batch.length), batch.length <= 10);
    const queue = new StatementQueue({
      storage: memoryStorage(),
      key: KEY,
      send: () => new Promise(() => undefined),
      sendOnUnload,
      batchSize: 25,
    });
    queue.flushOnUnload();
    expect(offered).to.deep.equal([]);
    queue.enqueue(range(1, 30));
    queue.flushOnUnload();
    expect(offered).to.deep.equal([25, 12, 6]);
    expect(queue.size).to.equal(30);
  });
});
