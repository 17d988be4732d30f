/**
 * Adds a session time to a total time the way an LMS does at commit, in the
 * format of each standard: SCORM 1.2 `HHHH:MM:SS.SS`, SCORM 2004 ISO 8601
 * durations (`PT1H2M3.5S`). Times are kept in centiseconds, both standards'
 * finest unit, so sums stay exact.
 */

const SCORM12_TIMESPAN = /^(\d{2,4}):(\d{2}):(\d{2})(?:\.(\d{1,2}))?$/;
const ISO_DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

const CS_PER_SECOND = 100;
const CS_PER_MINUTE = 60 * CS_PER_SECOND;
const CS_PER_HOUR = 60 * CS_PER_MINUTE;
const CS_PER_DAY = 24 * CS_PER_HOUR;

/** Centiseconds of a SCORM 1.2 timespan; null when it is not one. */
export function parseScorm12Time(text: string): number | null {
  const match = SCORM12_TIMESPAN.exec(text);
  if (!match) return null;
  const [, hours = '0', minutes = '0', seconds = '0', fraction = '0'] = match;
  const centis = Number(fraction.padEnd(2, '0'));
  return Number(hours) * CS_PER_HOUR + Number(minutes) * CS_PER_MINUTE + Number(seconds) * CS_PER_SECOND + centis;
}

export function formatScorm12Time(centiseconds: number): string {
  const hours = Math.min(9999, Math.floor(centiseconds / CS_PER_HOUR));
  const minutes = Math.floor((centiseconds % CS_PER_HOUR) / CS_PER_MINUTE);
  const seconds = Math.floor((centiseconds % CS_PER_MINUTE) / CS_PER_SECOND);
  const centis = centiseconds % CS_PER_SECOND;
  const base = `${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
  return centis === 0 ? base : `${base}.${pad(centis)}`;
}

/**
 * Centiseconds of an ISO 8601 duration; null when it is not one. Years and
 * months have no fixed length: an LMS has to pick one, this takes 365 and 30 days.
 */
export function parseIsoDuration(text: string): number | null {
  const match = ISO_DURATION.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return null;
  const [, years, months, weeks, days, hours, minutes, seconds] = match;
  const whole = (part: string | undefined): number => Number(part ?? '0');
  return (
    (whole(years) * 365 + whole(months) * 30 + whole(weeks) * 7 + whole(days)) * CS_PER_DAY +
    whole(hours) * CS_PER_HOUR +
    whole(minutes) * CS_PER_MINUTE +
    Math.round(Number(seconds ?? '0') * CS_PER_SECOND)
  );
}

export function formatIsoDuration(centiseconds: number): string {
  const hours = Math.floor(centiseconds / CS_PER_HOUR);
  const minutes = Math.floor((centiseconds % CS_PER_HOUR) / CS_PER_MINUTE);
  const seconds = (centiseconds % CS_PER_MINUTE) / CS_PER_SECOND;
  let text = 'PT';
  if (hours > 0) text += `${hours}H`;
  if (minutes > 0) text += `${minutes}M`;
  if (seconds > 0 || text === 'PT') text += `${Number(seconds.toFixed(2))}S`;
  return text;
}

/** total + session in SCORM 1.2 format; a part that is not a timespan counts as zero. */
export function addScorm12Times(total: string, session: string): string {
  return formatScorm12Time((parseScorm12Time(total) ?? 0) + (parseScorm12Time(session) ?? 0));
}

/** total + session in ISO 8601 format; a part that is not a duration counts as zero. */
export function addIsoDurations(total: string, session: string): string {
  return formatIsoDuration((parseIsoDuration(total) ?? 0) + (parseIsoDuration(session) ?? 0));
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
