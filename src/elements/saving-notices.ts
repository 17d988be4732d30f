import type { NoticeId } from './notices.js';

/**
 * About saving now: shown in a bar that stays in view wherever the learner has
 * scrolled. Apart from notices.ts, whose texts come only with wed-notices.
 */
export const SAVING_NOTICES: ReadonlySet<NoticeId> = new Set<NoticeId>([
  'save-failed',
  'lms-failing',
  'offline',
  'lms-recovered',
  'restored',
  'other-tab',
  'took-over',
]);
