import { config } from '../content/config.js';
import { format } from '../content/format.js';
import { texts } from '../content/texts.js';
import { buildIcs, type IcsEvent } from '../model/ics.js';
import { planDates } from '../model/plan.js';
import type { Plan } from '../model/state.js';

/** A calendar summary is one line; the full learner text goes in the description. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The right-hand side of event UIDs: the host of the package's activity IRI. */
function uidDomain(): string {
  try {
    return new URL(config.activityIri).hostname || config.identifier;
  } catch {
    return config.identifier;
  }
}

/** The calendar events for the plan's dates, in date order. */
export function planEvents(plan: Plan): IcsEvent[] {
  const { ui } = texts;
  return planDates(plan).map((entry): IcsEvent => {
    if (entry.kind === 'plan') {
      return { date: entry.date, summary: ui.plan.calendarPlanSummary, description: entry.text };
    }
    const number = plan.actions.findIndex((action) => action.id === entry.actionId) + 1;
    const text = oneLine(entry.text) || format(ui.plan.action, { number });
    return {
      date: entry.date,
      summary: format(ui.plan.calendarActionSummary, { text }),
      description: entry.text,
    };
  });
}

/** The .ics text for "Zet in je agenda", or null when the plan holds no date. */
export function planCalendar(plan: Plan, now: Date): string | null {
  const events = planEvents(plan);
  if (events.length === 0) return null;
  return buildIcs(events, {
    uidDomain: uidDomain(),
    now,
    productId: `-//${config.identifier}//${config.title} ${config.version}//${texts.language.toUpperCase()}`,
  });
}
