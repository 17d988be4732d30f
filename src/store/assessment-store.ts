import type { AssessmentState } from '../model/state.js';
import { answer, begin, chooseLanguage, choosePillar, editPlan, finish, goTo, markVideoWatched } from '../model/transitions.js';
import { addAction, removeAction, updateAction, updatePlan } from '../model/plan.js';
import type { StoreAction } from './actions.js';

export type StateListener = (state: AssessmentState, previous: AssessmentState) => void;

/** Owns the learner's state; applies actions through the pure model and tells subscribers. */
export class AssessmentStore {
  #state: AssessmentState;
  #readOnly: boolean;
  readonly #listeners = new Set<StateListener>();

  constructor(
    initial: AssessmentState,
    /** Review mode: the learner may look around but change nothing. */
    readOnly = false,
  ) {
    this.#state = initial;
    this.#readOnly = readOnly;
  }

  get state(): AssessmentState {
    return this.#state;
  }

  get readOnly(): boolean {
    return this.#readOnly;
  }

  /** Another tab continues the attempt (true), or this one takes it back (false). Views re-render themselves. */
  setReadOnly(readOnly: boolean): void {
    this.#readOnly = readOnly;
  }

  /** Continues from a state saved elsewhere (another tab of the same attempt), also while read-only. */
  replace(state: AssessmentState): void {
    const previous = this.#state;
    this.#state = state;
    this.#notify(state, previous);
  }

  subscribe(listener: StateListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  dispatch(action: StoreAction): void {
    // In review mode the learner may look around, also in another language, but change nothing.
    if (this.readOnly && !['begin', 'go-to', 'set-language'].includes(action.type)) return;
    const previous = this.#state;
    const next = reduce(previous, action);
    if (next === previous) return;
    this.#state = next;
    this.#notify(next, previous);
  }

  #notify(next: AssessmentState, previous: AssessmentState): void {
    for (const listener of this.#listeners) listener(next, previous);
  }
}

function reduce(state: AssessmentState, action: StoreAction): AssessmentState {
  switch (action.type) {
    case 'begin':
      return begin(state);
    case 'go-to':
      return goTo(state, action.screen);
    case 'mark-video-watched':
      return markVideoWatched(state);
    case 'answer':
      return answer(state, action.statement, action.answer);
    case 'choose-pillar':
      return choosePillar(state, action.pillar);
    case 'edit-plan':
      return editPlan(state, (plan) => updatePlan(plan, action.changes));
    case 'add-action':
      return editPlan(state, (plan) => addAction(plan));
    case 'update-action':
      return editPlan(state, (plan) => updateAction(plan, action.id, action.changes));
    case 'remove-action':
      return editPlan(state, (plan) => removeAction(plan, action.id));
    case 'finish':
      return finish(state);
    case 'set-language':
      return chooseLanguage(state, action.language);
  }
}
