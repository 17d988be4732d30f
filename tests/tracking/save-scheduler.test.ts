import { expect } from '@open-wc/testing';
import { SaveScheduler, type SaveTimings } from '../../src/tracking/save-scheduler.js';
import type { SyncStatus } from '../../src/tracking/tracker.js';

const TIMINGS: SaveTimings = { soonMs: 30, typingMs: 100, retryMs: [30, 60] };
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function recorder(results: boolean[] = [], duration = 0) {
  const saves: number[] = [];
  let running = 0;
  let overlapped = false;
  const save = async () => {
    running++;
    if (running > 1) overlapped = true;
    saves.push(performance.now());
    if (duration) await wait(duration);
    running--;
    return results.length ? results.shift()! : true;
  };
  return { save, saves, overlapped: () => overlapped };
}

describe('SaveScheduler', () => {
  it('saves at once on a screen change', async () => {
    const r = recorder();
    const scheduler = new SaveScheduler(r.save, TIMINGS);
    scheduler.request('now');
    await wait(5);
    expect(r.saves).to.have.length(1);
  });

  it('gathers answers given in quick succession into one save', async () => {
    const r = recorder();
    const scheduler = new SaveScheduler(r.save, TIMINGS);
    for (let i = 0; i < 5; i++) scheduler.request('soon');
    await wait(TIMINGS.soonMs + 20);
    expect(r.saves).to.have.length(1);
  });

  it('saves at most once per typing interval while the learner types', async () => {
    const r = recorder();
    const scheduler = new SaveScheduler(r.save, TIMINGS);
    const started = performance.now();
    while (performance.now() - started < 350) {
      scheduler.request('typing');
      await wait(10);
    }
    await wait(TIMINGS.typingMs + 20);
    expect(r.saves.length).to.be.within(2, 5);
    for (let i = 1; i < r.saves.length; i++) {
      expect(r.saves[i]! - r.saves[i - 1]!).to.be.at.least(TIMINGS.typingMs - 5);
    }
  });

  it('retries with backoff while saving fails and reports it', async () => {
    const r = recorder([false, false, true]);
    const scheduler = new SaveScheduler(r.save, TIMINGS);
    const statuses: SyncStatus[] = [];
    scheduler.onStatus((status) => statuses.push(status));
    scheduler.request('now');
    await wait(10);
    expect(scheduler.status).to.equal('failing');
    await wait(TIMINGS.retryMs[0]! + TIMINGS.retryMs[1]! + 40);
    expect(r.saves).to.have.length(3);
    expect(r.saves[2]! - r.saves[1]!).to.be.at.least(TIMINGS.retryMs[1]! - 5);
    expect(statuses).to.deep.equal(['pending', 'failing', 'saved']);
  });

  it('never runs two saves at once, and saves again for changes made meanwhile', async () => {
    const r = recorder([], 50);
    const scheduler = new SaveScheduler(r.save, TIMINGS);
    scheduler.request('now');
    await wait(10);
    scheduler.request('now');
    scheduler.request('now');
    await wait(150);
    expect(r.overlapped()).to.equal(false);
    expect(r.saves).to.have.length(2);
    expect(scheduler.status).to.equal('saved');
  });

  it('flushes what is waiting', async () => {
    const r = recorder();
    const scheduler = new SaveScheduler(r.save, TIMINGS);
    scheduler.request('typing');
    await scheduler.flush();
    expect(r.saves).to.have.length(1);
    await wait(TIMINGS.typingMs + 20);
    expect(r.saves).to.have.length(1);
  });

  it('keeps the typing pace when keys arrive while a save is running', async () => {
    const r = recorder([], 40);
    const scheduler = new SaveScheduler(r.save, TIMINGS);
    const started = performance.now();
    while (performance.now() - started < 450) {
      scheduler.request('typing');
      await wait(10);
    }
    await wait(TIMINGS.typingMs + 80);
    for (let i = 1; i < r.saves.length; i++) {
      expect(r.saves[i]! - r.saves[i - 1]!).to.be.at.least(TIMINGS.typingMs - 5);
    }
    expect(scheduler.status).to.equal('saved');
  });
});
