import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { nl } from 'date-fns/locale/nl';
import type { Locale } from '../../i18n/locales.ts';

// Dates are formatted at build time, so no date library reaches the browser. Times are shown as they are in
// the Netherlands whatever the time zone of the machine that builds the site.

const dateLocales = { nl, en: enGB } as const;
const portalTimeZone = 'Europe/Amsterdam';

/** A date or moment ready for a <time> element: machine-readable `datetime` and the text to show. */
export interface FormattedTime {
  datetime: string;
  text: string;
}

const dayPattern = 'd MMMM yyyy';
const timePattern = 'HH:mm';

/**
 * A calendar date ('YYYY-MM-DD', as the API gives it) in words.
 *
 * @example
 * formatDate('2026-03-05', 'nl') // => { datetime: '2026-03-05', text: '5 maart 2026' }
 */
export function formatDate(isoDate: string, locale: Locale): FormattedTime {
  return remembered(`d|${locale}|${isoDate}`, () => ({
    datetime: isoDate,
    text: format(calendarDate(isoDate), dayPattern, { locale: dateLocales[locale] }),
  }));
}

/**
 * A moment (an ISO timestamp with offset) as a date and time in the Netherlands.
 *
 * @example
 * formatDateTime('2026-03-05T18:30:00+00:00', 'en') // => { datetime: '2026-03-05T18:30:00.000Z', text: '5 March 2026, 19:30' }
 */
export function formatDateTime(isoTimestamp: string, locale: Locale): FormattedTime {
  return remembered(`t|${locale}|${isoTimestamp}`, () => ({
    datetime: machineTime(isoTimestamp),
    text: format(amsterdamWallClock(isoTimestamp), `${dayPattern}, ${timePattern}`, { locale: dateLocales[locale] }),
  }));
}

// Formatting costs about 20 µs a date (Intl's formatToParts and date-fns), and the renderer formats the same
// dates of every project on every publish (the home list of 2,000 projects: 40 ms of 170). The same input always
// gives the same text, so the answers are kept; emptied when full so that a long-running renderer stays small.
const formatted = new Map<string, FormattedTime>();
const rememberedAtMost = 50_000;

function remembered(key: string, make: () => FormattedTime): FormattedTime {
  let known = formatted.get(key);
  if (!known) {
    if (formatted.size >= rememberedAtMost) formatted.clear();
    known = make();
    formatted.set(key, known);
  }
  // A copy: a caller may add to what it gets.
  return { ...known };
}

/**
 * A period from a start moment to an optional end, shortened when it ends on the same day.
 *
 * @example
 * formatMomentRange('2026-03-05T18:30:00Z', '2026-03-05T20:00:00Z', 'nl') // => '5 maart 2026, 19:30–21:00'
 * formatMomentRange('2026-03-05T18:30:00Z', '2026-03-19T20:00:00Z', 'nl') // => '5 maart 2026, 19:30 – 19 maart 2026, 21:00'
 */
export function formatMomentRange(startsAt: string, endsAt: string | null, locale: Locale): string {
  const start = formatDateTime(startsAt, locale).text;
  if (endsAt === null) return start;
  const startDay = format(amsterdamWallClock(startsAt), 'yyyy-MM-dd');
  const end = amsterdamWallClock(endsAt);
  if (format(end, 'yyyy-MM-dd') === startDay) return `${start}–${format(end, timePattern)}`;
  return `${start} – ${formatDateTime(endsAt, locale).text}`;
}

/** HTML's <time datetime> allows at most three decimals of a second; Postgres gives six. */
function machineTime(isoTimestamp: string): string {
  return new Date(isoTimestamp).toISOString();
}

/** A 'YYYY-MM-DD' date at local midnight, so that formatting in the local zone gives the same calendar day. */
function calendarDate(isoDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`Not a date (YYYY-MM-DD): ${JSON.stringify(isoDate.slice(0, 40))}`);
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

const amsterdamParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: portalTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * The date and time a moment shows on a clock in Amsterdam, as a local Date for date-fns to format.
 * (A local Date can shift at the build machine's own daylight-saving gaps; builds run with TZ=UTC.)
 */
function amsterdamWallClock(isoTimestamp: string): Date {
  const moment = new Date(isoTimestamp);
  if (Number.isNaN(moment.getTime())) throw new RangeError(`Not a timestamp: ${JSON.stringify(isoTimestamp.slice(0, 40))}`);
  const parts = amsterdamParts.formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((candidate) => candidate.type === type)?.value);
  return new Date(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
}
