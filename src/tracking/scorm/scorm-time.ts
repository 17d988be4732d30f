const pad = (n: number, width = 2) => String(Math.floor(n)).padStart(width, '0');

/** SCORM 1.2 CMITimespan, HHHH:MM:SS.SS (hours capped at 9999). */
export function scorm12Timespan(ms: number): string {
  const totalSeconds = Math.max(0, ms) / 1000;
  const hours = Math.min(9999, Math.floor(totalSeconds / 3600));
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = (totalSeconds % 60).toFixed(2).padStart(5, '0');
  return `${pad(hours, 4)}:${pad(minutes)}:${seconds}`;
}

/** SCORM 1.2 CMITime, a time of day HH:MM:SS (local time, as the learner sees it). */
export function scorm12Time(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** SCORM 2004 time in UTC. Its format allows a time zone only after fractional seconds (at most two digits). */
export function scorm2004Timestamp(date: Date): string {
  return date.toISOString().replace(/(\.\d{2})\dZ$/, '$1Z');
}
