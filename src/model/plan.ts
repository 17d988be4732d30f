/**
 * Step 4's improvement plan: immutable updates of the four answers and the
 * list of actions, and the dates that go to the calendar.
 */
import type { Plan, PlanAction } from './state.js';

export type PlanTextChanges = Partial<Pick<Plan, 'improvement' | 'needs' | 'timeline' | 'planDate'>>;
export type ActionChanges = Partial<Pick<PlanAction, 'text' | 'date'>>;

/** A date for the calendar: the plan's own date or an action's. */
export type PlanDate = { kind: 'plan'; date: string; text: string } | { kind: 'action'; date: string; text: string; actionId: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** yyyy-mm-dd naming a real calendar day (no 2025-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Dates in a plan are a valid ISO date or empty, never anything else, so a
 * saved plan always reads back (suspend-data.ts rejects other dates). Input a
 * browser without a date picker lets through becomes empty.
 */
function cleanDate(value: string): string {
  return isIsoDate(value) ? value : '';
}

export function emptyPlan(): Plan {
  return { improvement: '', actions: [], needs: '', timeline: '', planDate: '' };
}

/** Ids are a1, a2, …: one more than the highest still present, so no two actions share one. */
function nextActionId(actions: readonly PlanAction[]): string {
  let highest = 0;
  for (const action of actions) {
    const match = /^a(\d+)$/.exec(action.id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `a${highest + 1}`;
}

/** The plan with a new action at the end (its id: `plan.actions.at(-1).id`). */
export function addAction(plan: Plan, text = ''): Plan {
  const action: PlanAction = { id: nextActionId(plan.actions), text, date: '' };
  return { ...plan, actions: [...plan.actions, action] };
}

/** The same plan object when there is no action with this id or nothing changes. */
export function updateAction(plan: Plan, id: string, changes: ActionChanges): Plan {
  const index = plan.actions.findIndex((action) => action.id === id);
  if (index === -1) return plan;
  const current = plan.actions[index];
  const updated: PlanAction = {
    id: current.id,
    text: changes.text ?? current.text,
    date: changes.date === undefined ? current.date : cleanDate(changes.date),
  };
  if (updated.text === current.text && updated.date === current.date) return plan;
  const actions = plan.actions.slice();
  actions[index] = updated;
  return { ...plan, actions };
}

/** The same plan object when there is no action with this id. */
export function removeAction(plan: Plan, id: string): Plan {
  const actions = plan.actions.filter((action) => action.id !== id);
  return actions.length === plan.actions.length ? plan : { ...plan, actions };
}

/** The same plan object when nothing changes. */
export function updatePlan(plan: Plan, changes: PlanTextChanges): Plan {
  const updated: Plan = {
    ...plan,
    improvement: changes.improvement ?? plan.improvement,
    needs: changes.needs ?? plan.needs,
    timeline: changes.timeline ?? plan.timeline,
    planDate: changes.planDate === undefined ? plan.planDate : cleanDate(changes.planDate),
  };
  const same =
    updated.improvement === plan.improvement &&
    updated.needs === plan.needs &&
    updated.timeline === plan.timeline &&
    updated.planDate === plan.planDate;
  return same ? plan : updated;
}

/**
 * The plan date (its text: what to improve) and every dated action, sorted by
 * date; on the same day the plan date comes first, then actions in list order.
 */
export function planDates(plan: Plan): PlanDate[] {
  const dates: PlanDate[] = [];
  if (isIsoDate(plan.planDate)) {
    dates.push({ kind: 'plan', date: plan.planDate, text: plan.improvement });
  }
  for (const action of plan.actions) {
    if (isIsoDate(action.date)) {
      dates.push({ kind: 'action', date: action.date, text: action.text, actionId: action.id });
    }
  }
  // Array.prototype.sort is stable, which keeps the order described above.
  return dates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
