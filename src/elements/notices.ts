/** The notices the app can show, and how each behaves. */
import type { LaunchUiStrings } from '../content/types.js';

/** Each notice's text key in the interface strings; looked up when rendering, so in the language shown. */
export const NOTICE_TEXT = {
  broken: 'brokenStateNotice',
  unavailable: 'storageUnavailableNotice',
  'lrs-unreachable': 'lrsUnreachableNotice',
  'save-failed': 'saveFailedNotice',
  'lms-failing': 'lmsFailingNotice',
  offline: 'offlineNotice',
  'lms-recovered': 'lmsRecoveredNotice',
  restored: 'restoredNotice',
  'other-tab': 'otherTabNotice',
  'took-over': 'tookOverNotice',
  'lms-missing': 'lmsMissingNotice',
  'launch-failed': 'launchFailedNotice',
  /** A completed attempt reopened read-only (review). */
  review: 'reviewNotice',
  /** Read-only without a completed attempt behind it (browse, preview, review of an unfinished attempt). */
  browse: 'browseNotice',
} as const satisfies Record<string, keyof LaunchUiStrings['app']>;

export type NoticeId = keyof typeof NOTICE_TEXT;

/** Closing these would hide that saving is not happening (or where it happens); they go when their cause does. */
export const LASTING: ReadonlySet<NoticeId> = new Set<NoticeId>(['save-failed', 'lms-failing', 'offline', 'other-tab']);

/** The one way on that a notice offers, as the key of its button text. */
export const ACTION: Partial<Record<NoticeId, keyof LaunchUiStrings['app']>> = { 'other-tab': 'continueHere' };
