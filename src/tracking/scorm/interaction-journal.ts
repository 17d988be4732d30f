import type { AssessmentContent } from '../../content/types.js';
import { answersToReport, type AnswerReport } from '../../model/reporting.js';
import { STATEMENT_IDS } from '../../model/scoring.js';
import type { AssessmentState } from '../../model/state.js';
import type { Reported } from '../../model/suspend-data.js';
import type { ScormDialect, ScormValue } from './scorm-dialect.js';

/**
 * The answers as SCORM interactions, reported as model/reporting.ts says.
 * Keeps which answers are reported, the values still to commit, every value
 * of this session (written again when the LMS may have lost them) and where
 * the LMS's list goes on.
 */
export class InteractionJournal {
  /** Values not yet committed, by element. */
  readonly #pending = new Map<string, string>();
  readonly #session = new Map<string, string>();
  /** Interactions of this session written before there were texts, by index: they get what the texts add once given. */
  readonly #undescribed = new Map<number, AnswerReport & { at: Date }>();
  #reported: Reported = {};
  #count = 0;

  constructor(private readonly dialect: ScormDialect) {}

  /** The answers reported so far (as suspend_data keeps them). */
  get reported(): Reported {
    return { ...this.#reported };
  }

  /** How many interactions the LMS holds for this attempt. */
  get count(): number {
    return this.#count;
  }

  get settled(): boolean {
    return this.#pending.size === 0;
  }

  /** Continues after what the LMS (or a tab that handed over) says was reported. */
  continueFrom(reported: Reported, count = this.#count): void {
    this.#reported = { ...reported };
    this.#count = Math.max(this.#count, count);
  }

  /** Another tab wrote this value: the list goes on after it. */
  noteWritten(element: string): void {
    const index = /^cmi\.interactions\.(\d+)\.id$/.exec(element)?.[1];
    if (index !== undefined) this.#count = Math.max(this.#count, Number(index) + 1);
  }

  /** Queues an interaction for every answer of `state` to report now; its description from `texts`, if any. */
  record(state: AssessmentState, texts: AssessmentContent | null, at = new Date()): void {
    for (const { statement, answer } of answersToReport(state, this.#reported)) {
      const index = this.dialect.interactionIndex(STATEMENT_IDS.indexOf(statement), this.#count);
      this.#queue(this.dialect.interactionValues(index, statement, answer, at, texts));
      if (texts === null) this.#undescribed.set(index, { statement, answer, at });
      else this.#undescribed.delete(index);
      if (index === this.#count) this.#count++;
      this.#reported[statement] = answer;
    }
  }

  /** The texts are given: interactions this session wrote without them get the values the texts add (the description). */
  describe(texts: AssessmentContent): void {
    for (const [index, { statement, answer, at }] of this.#undescribed) {
      const values = this.dialect.interactionValues(index, statement, answer, at, texts);
      this.#queue(values.filter(([element, value]) => this.#session.get(element) !== value));
    }
    this.#undescribed.clear();
  }

  /** What the next commit writes: the uncommitted values, or (`all`) every value of this session. */
  writes(all: boolean): ScormValue[] {
    return [...(all ? this.#session : this.#pending)];
  }

  committed(written: readonly ScormValue[]): void {
    for (const [element, value] of written) {
      if (this.#pending.get(element) === value) this.#pending.delete(element);
    }
  }

  #queue(values: readonly ScormValue[]): void {
    for (const [element, value] of values) {
      this.#pending.set(element, value);
      this.#session.set(element, value);
    }
  }
}
