/** Dates as people read them: `2013-10-31` is "31 oktober 2013" / "31 October 2013". Pure. */

const MONTHS = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

/**
 * An ISO date, year-month or year in words ("31 oktober 2013", "mei 2013", "2013"); a range of two
 * such dates joined by a slash reads "mei-september 2013". Text that is no such date is returned as is.
 */
export function readableDate(date: string, lang: 'nl' | 'en'): string {
  const range = date.split('/');
  if (range.length === 2) {
    const [a, b] = range.map((d) => readableDate(d, lang));
    const [ya, yb] = range.map((d) => d.slice(0, 4));
    return ya === yb && /^\d{4}-\d{2}$/.test(range[0]) ? `${a.replace(` ${ya}`, '')}-${b}` : `${a}-${b}`;
  }
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const [, year, month, day] = m;
  const monthName = month ? MONTHS[lang][Number(month) - 1] : undefined;
  if (month && !monthName) return date;
  if (!monthName) return year;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
