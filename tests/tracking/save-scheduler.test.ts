import { expect } from '@open-wc/testing';
import { SaveScheduler, type SaveTimings, type Urgency } from '../../src/tracking/save-scheduler.js';
import type { SyncStatus } from '../../src/tracking/tracker.js';
import { eventually } from '../helpers/eventually.js';

const TIMINGS: SaveTimings = { soonMs: 30, typingMs: 100, retryMs: [30, 60] };
/** Time passing: the learner's pace, how long a save takes, or time in which something must not happen. */
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Timers may fire up to a millisecond before performance.now() says they are due. */
const LATE_OK = 2;

interface PacedSave {
  start: number;
  end: number;
  /** What the save reported with reportBlocking. */
  blocked: number;
  /** What it took along (`take`). */
  taken: number;
}

/**
 * A scheduler on performance.now() whose save reports `blocked[i]` ms of blocking
 * (the last one repeating) and answers `results` (then true). With `busy` it really
 * blocks the page that long and reports what it measured, as the SCORM tracker does.
 */
function paced(
  timings: SaveTimings,
  blocked: number[],
  { results = [], busy = false, take = () => 0 }: { results?: boolean[]; busy?: boolean; take?: () => number } = {},
) {
  const saves: PacedSave[] = [];
  const scheduler: SaveScheduler = new SaveScheduler(
    async () => {
      const start = performance.now();
      const taken = take();
      const ms = blocked[Math.min(saves.length, blocked.length - 1)]!;
      while (busy && performance.now() - start < ms);
      const end = performance.now();
      const took = busy ? end - start : ms;
      scheduler.reportBlocking(took);
      saves.push({ start, end, blocked: took, taken });
      return results.length ? results.shift()! : true;
    },
    timings,
    () => performance.now(),
  );
  return { scheduler, saves };
}
/** From the end of one save to the start of the next. */
const gaps = (saves: PacedSave[]) => saves.slice(1).map((save, i) => save.start - saves[i]!.end);

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
    const answer = recorder();
    const screenChange = recorder();
    new SaveScheduler(answer.save, TIMINGS).request('soon');
    new SaveScheduler(screenChange.save, TIMINGS).request('now');
    await eventually(() => screenChange.saves.length === 1 && answer.saves.length === 1);
    expect(screenChange.saves[0], 'saved before an answer asked for at the same time').to.be.below(answer.saves[0]!);
  });

  it('gathers answers given in quick succession into one save', async () => {
    const r = recorder();
    const scheduler = new SaveScheduler(r.save, TIMINGS);
    for (let i = 0; i < 5; i++) scheduler.request('soon');
    await eventually(() => r.saves.length === 1);
    // Time for a second save, which must not come.
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
    await eventually(() => scheduler.status === 'saved');
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
    await eventually(() => r.saves.length === 3 && scheduler.status === 'saved');
    expect(r.saves[1]! - r.saves[0]!).to.be.at.least(TIMINGS.retryMs[0]! - 5);
    expect(r.saves[2]! - r.saves[1]!).to.be.at.least(TIMINGS.retryMs[1]! - 5);
    expect(statuses).to.deep.equal(['pending', 'failing', 'saved']);
  });

  it('never runs two saves at once, and saves again for changes made meanwhile', async () => {
    const r = recorder([], 50);
    const scheduler = new SaveScheduler(r.save, TIMINGS);
    scheduler.request('now');
    await eventually(() => r.saves.length === 1);
    scheduler.request('now');
    scheduler.request('now');
    await eventually(() => r.saves.length === 2 && scheduler.status === 'saved');
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
    // Time for the typing save that the flush took along, which must not come.
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
    await eventually(() => scheduler.status === 'saved');
    for (let i = 1; i < r.saves.length; i++) {
      expect(r.saves[i]! - r.saves[i - 1]!).to.be.at.least(TIMINGS.typingMs - 5);
    }
  });

  describe('pacing for a slow LMS', () => {
    const FAST: SaveTimings = { soonMs: 10, typingMs: 40, pauseMs: 20, retryMs: [10] };

    const budgets: { name: string; urgency: Urgency; share: number; blocked: number[]; minGaps: number[] }[] = [
      { name: 'typing after a save that blocked 30 ms, share 0.15', urgency: 'typing', share: 0.15, blocked: [30], minGaps: [170] },
      { name: 'an answer after a save that blocked 30 ms, share 0.15', urgency: 'soon', share: 0.15, blocked: [30], minGaps: [170] },
      { name: 'an answer after a save that blocked 30 ms, share 0.5', urgency: 'soon', share: 0.5, blocked: [30], minGaps: [30] },
      {
        name: 'two fast saves after a slow one keep its pace',
        urgency: 'soon',
        share: 0.15,
        blocked: [30, 0, 0],
        minGaps: [170, 170, 170],
      },
    ];
    for (const { name, urgency, share, blocked, minGaps } of budgets) {
      it(`waits for the blocked share: ${name}`, async () => {
        const { scheduler, saves } = paced({ ...FAST, blockedShare: share }, blocked);
        scheduler.request('now');
        for (let i = 1; i <= minGaps.length; i++) {
          await eventually(() => saves.length === i);
          scheduler.request(urgency);
        }
        await eventually(() => saves.length === minGaps.length + 1);
        gaps(saves).forEach((gap, i) => expect(gap, `gap ${i + 1}`).to.be.at.least(minGaps[i]! - LATE_OK));
      });
    }

    it('waits for the blocked share before retrying a slow save that failed', async () => {
      const { scheduler, saves } = paced({ ...FAST, blockedShare: 0.15 }, [30], { results: [false] });
      scheduler.request('now');
      await eventually(() => saves.length === 2);
      expect(gaps(saves)[0]).to.be.at.least(170 - LATE_OK);
      await eventually(() => scheduler.status === 'saved');
    });

    // A save that blocked 1 s, share 0.15: the budget would hold the next one back 5.7 s.
    const atOnce: { name: string; results: boolean[]; act: (scheduler: SaveScheduler) => void }[] = [
      { name: "a screen change ('now')", results: [true], act: (scheduler) => scheduler.request('now') },
      { name: 'retryNow after a failed save', results: [false], act: (scheduler) => scheduler.retryNow() },
    ];
    for (const { name, results, act } of atOnce) {
      it(`ignores the budget for ${name}`, async () => {
        const { scheduler, saves } = paced({ ...FAST, retryMs: [10_000] }, [1000], { results });
        scheduler.request('now');
        await eventually(() => saves.length === 1 && scheduler.status !== 'pending');
        act(scheduler);
        await eventually(() => saves.length === 2, Boolean, 2500);
        await eventually(() => scheduler.status === 'saved');
      });
    }

    it('saves when the learner pauses, each key pushing the pause on', async () => {
      const { scheduler, saves } = paced({ ...FAST, typingMs: 5000, pauseMs: 50 }, [0]);
      const keys: number[] = [];
      for (const delay of [10, 10, 30, 30, 30, 10]) {
        keys.push(performance.now());
        scheduler.request('typing');
        await wait(delay);
      }
      // Well before the bounded interval of 5 s: the pause did it.
      await eventually(() => scheduler.status === 'saved', Boolean, 2500);
      expect(saves.length).to.be.at.least(1);
      for (const save of saves) {
        const lastKey = Math.max(...keys.filter((key) => key < save.start));
        expect(save.start - lastKey).to.be.at.least(50 - LATE_OK);
      }
    });

    it('saves at a bounded interval while the learner types without pausing', async () => {
      const { scheduler, saves } = paced({ ...FAST, typingMs: 60, pauseMs: 1000 }, [0]);
      const keys: number[] = [];
      for (let i = 0; i < 40; i++) {
        keys.push(performance.now());
        scheduler.request('typing');
        await wait(10);
      }
      const lastKey = keys.at(-1)!;
      expect(saves.filter((save) => save.start < lastKey).length).to.be.at.least(3);
      saves.forEach((save, i) => {
        const firstUnsaved = keys.find((key) => key > (saves[i - 1]?.start ?? -Infinity))!;
        expect(save.start - firstUnsaved, `save ${i + 1}`).to.be.at.least(60 - LATE_OK);
      });
    });

    it('retryNow tries again at once and starts the backoff over', async () => {
      const { scheduler, saves } = paced({ ...FAST, retryMs: [20, 10_000] }, [0], { results: [false, false, false] });
      scheduler.request('now');
      await eventually(() => saves.length === 2);
      expect(scheduler.status).to.equal('failing');
      scheduler.retryNow();
      // The third attempt fails too; the fourth follows after 20 ms, not 10 s.
      await eventually(() => saves.length === 4 && scheduler.status === 'saved', Boolean, 2500);
    });

    it('retryNow does nothing when everything is saved', async () => {
      const { scheduler, saves } = paced(FAST, [0]);
      scheduler.request('now');
      await eventually(() => scheduler.status === 'saved');
      scheduler.retryNow();
      // Time for a save, which must not come.
      await wait(50);
      expect(saves).to.have.length(1);
    });

    it('blocks the page at most the blocked share of a typing "minute" and loses nothing', async () => {
      const share = 0.15;
      let typed = 0;
      const timings = { soonMs: 10, typingMs: 60, pauseMs: 40, blockedShare: share, retryMs: [10] };
      const { scheduler, saves } = paced(timings, [20], { busy: true, take: () => typed });
      const started = performance.now();
      // Keys every 10 ms, a pause of 80 ms after every 25th: the pauses and the bounded interval both ask for saves.
      while (performance.now() - started < 2000) {
        typed++;
        scheduler.request('typing');
        await wait(typed % 25 === 0 ? 80 : 10);
      }
      const typingEnd = performance.now();
      await eventually(() => scheduler.status === 'saved');
      // How many depends on how long each save really blocked (longer on a busy machine); enough to check the gaps.
      expect(saves.length).to.be.at.least(3);
      const k = (1 - share) / share;
      gaps(saves).forEach((gap, i) => expect(gap, `gap ${i + 1}`).to.be.at.least(saves[i]!.blocked * k - LATE_OK));
      const during = saves.filter((save) => save.start < typingEnd);
      const span = Math.max(typingEnd, during.at(-1)!.end) - started;
      const blocked = during.reduce((sum, save) => sum + save.blocked, 0);
      // One save may start just before the end: its blocking is the only excess allowed.
      expect(blocked / span).to.be.at.most(share + Math.max(...during.map((save) => save.blocked)) / span);
      expect(saves.at(-1)!.taken).to.equal(typed);
    });
  });
});
