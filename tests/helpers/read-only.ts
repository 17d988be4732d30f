import { format } from '../../src/content/format.js';
import { texts } from '../../src/content/texts.js';
import { TEXTS } from './texts.js';

/**
 * The interface texts that invite the learner to start, continue, fill in,
 * change or finish something, or say that what they type is kept: none of
 * them belongs on a screen in review or browse mode. Read when called, so in
 * the language shown.
 */
export function editingInvitations(): string[] {
  const { ui } = TEXTS[texts.language];
  return [
    ui.intro.start,
    ui.intro.resume,
    ui.video.watched,
    ui.plan.autosave,
    ui.plan.addAction,
    format(ui.plan.removeAction, { number: 1 }),
    ui.plan.noActions,
    ui.plan.calendarNeedsDate,
    ui.plan.finish,
    ui.done.text,
    ui.done.backToPlan,
    ui.app.lmsNote,
    ui.app.standaloneNote,
    ui.app.stepStatusLocked,
  ];
}

/** Those of the editing invitations found in `text`. */
export function editingInvitationsIn(text: string): string[] {
  return editingInvitations().filter((invitation) => text.includes(invitation));
}
