/** An ISO 8601 duration with centisecond precision, e.g. PT1H2M3.5S: SCORM 2004's timeinterval and xAPI's result.duration. */
export function isoDuration(ms: number): string {
  const centiseconds = Math.round(Math.max(0, ms) / 10);
  const hours = Math.floor(centiseconds / 360000);
  const minutes = Math.floor((centiseconds % 360000) / 6000);
  const seconds = (centiseconds % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds}S`;
}
