import { format, formatNumber, texts } from '../texts.js';

const c = texts.comparePage;
const MINUS = '\u2212';

/** A change with its sign in Dutch format: 4.25 → "+4,3", −3 → "−3", 0 (also after rounding) → "geen verandering". */
export function signed(change: number): string {
  const size = formatNumber(Math.abs(change));
  if (size === '0') return c.noChange;
  return `${change > 0 ? '+' : MINUS}${size}`;
}

/** A change in a share, in whole percentage points: 12.4 → "+12 procentpunt". */
export function signedPoints(change: number): string {
  const text = signed(Math.round(change));
  return text === c.noChange ? text : format(c.pointsChange, { change: text });
}

/** A share in percent, whole: 42.86 → "43". */
export function wholePercent(share: number): string {
  return formatNumber(Math.round(share));
}
