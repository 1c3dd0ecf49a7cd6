/**
 * Dates and times as shops, ERPs and Excel write them: `2024-01-31`, `2024/1/31`, `2024.1.31`,
 * `2024年1月31日`, `20240131`, each optionally followed by a time (`10:30`, `10:30:15`, `10:30:15.250`)
 * and an offset (`Z`, `+08:00`, `+0800`, `+08`). The result is a canonical text PostgreSQL reads:
 * `2024-01-31 10:30:15+08:00` with an offset, or `2024-01-31 10:30:15` without one, which the import
 * reads in its time zone (Asia/Shanghai unless told otherwise).
 */
export type DateResult = { value: string } | { error: string };

const datePart = String.raw`(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})日?|(\d{2})(\d{2}))`;
const timePart = String.raw`(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?`;
const pattern = new RegExp(`^${datePart}${timePart}$`, 'i');

const ascii = /^[\x20-\x7e]*$/;
const pad = (value: number) => String(value).padStart(2, '0');
const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysInMonth = (year: number, month: number) => (month === 2 && isLeap(year) ? 29 : monthDays[month - 1]);

/** The most common form, 2024-01-31 or 2024-01-31 10:30[:15], read without the general pattern. */
const common = /^(\d{4})-(\d\d)-(\d\d)(?:[ T](\d\d):(\d\d)(?::(\d\d))?)?$/;

export function parseDateTime(raw: string): DateResult {
  const quick = common.exec(raw);
  if (quick) return checkedDateTime(quick[1], quick[2], quick[3], quick[4], quick[5], quick[6], undefined, undefined);
  const match = pattern.exec(ascii.test(raw) ? raw.trim() : raw.normalize('NFKC').trim());
  if (!match) return { error: 'must be a date like 2024-01-31 or 2024-01-31 10:30' };
  const [, y, , m1, d1, m2, d2, m3, d3, hh, mm, ss, fraction, offset] = match;
  return checkedDateTime(y, m1 ?? m2 ?? m3, d1 ?? d2 ?? d3, hh, mm, ss, fraction, offset);
}

function checkedDateTime(
  y: string,
  m: string,
  d: string,
  hh: string | undefined,
  mm: string | undefined,
  ss: string | undefined,
  fraction: string | undefined,
  offset: string | undefined,
): DateResult {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (year < 1900 || year > 2999) return { error: 'has a year outside 1900–2999' };
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { error: 'is not a calendar date' };
  const hour = Number(hh ?? 0);
  const minute = Number(mm ?? 0);
  const second = Number(ss ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return { error: 'is not a time of day' };
  let text = `${y}-${pad(month)}-${pad(day)} ${pad(hour)}:${pad(minute)}:${pad(second)}`;
  if (fraction) text += `.${fraction}`;
  if (offset) {
    if (offset.toUpperCase() === 'Z') return { value: `${text}Z` };
    const digits = offset.slice(1).replace(':', '');
    const offsetHours = Number(digits.slice(0, 2));
    const offsetMinutes = Number(digits.slice(2) || 0);
    if (offsetHours > 14 || offsetMinutes > 59) return { error: 'has an impossible UTC offset' };
    text += `${offset[0]}${pad(offsetHours)}:${pad(offsetMinutes)}`;
  }
  return { value: text };
}

/** SQL that turns a canonical text into a timestamptz: its own offset, else the time zone given. */
export const hasOffsetPattern = String.raw`(Z|[+-]\d\d:\d\d)$`;
