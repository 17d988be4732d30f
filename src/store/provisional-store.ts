import { initialState } from '../model/transitions.js';
import type { StoreAction } from './actions.js';
import { AssessmentStore } from './assessment-store.js';

/**
 * The store of the first moments, before the tracker has connected: a fresh
 * attempt that keeps every action, so start.ts can apply them to the attempt
 * the tracker resumes. Nothing the learner does meanwhile is lost.
 */
export class ProvisionalStore extends AssessmentStore {
  readonly actions: StoreAction[] = [];

  constructor() {
    super(initialState());
  }

  override dispatch(action: StoreAction): void {
    this.actions.push(action);
    super.dispatch(action);
  }
}
