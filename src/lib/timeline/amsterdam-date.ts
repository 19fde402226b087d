// en-CA formats a date as YYYY-MM-DD, the shape formatDate takes.
const amsterdamDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar day a moment falls on in the Netherlands, whatever the zone of the machine that builds the site.
 *
 * @example
 * amsterdamDate('2026-03-04T23:30:00Z') // => '2026-03-05'
 */
export function amsterdamDate(isoTimestamp: string): string {
  const moment = new Date(isoTimestamp);
  if (Number.isNaN(moment.getTime())) throw new RangeError(`Not a timestamp: ${JSON.stringify(isoTimestamp.slice(0, 40))}`);
  return amsterdamDay.format(moment);
}
