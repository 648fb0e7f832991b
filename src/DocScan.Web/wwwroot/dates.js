// Dates as records clerks type them. A browser's date picker speaks the browser's language and knows
// nothing of 民國 years, which every official letter uses; so the page reads typed text itself:
// 民國 115/12/06, 115.12.6, 115年12月6日 or 1151206 (ROC year = Gregorian − 1911), and 西元 2026-12-06,
// 2026/12/6 or 20261206.

const ROC_OFFSET = 1911;

// A year of four digits is Gregorian; one of up to three is an ROC year.
const SEPARATED = /^(?:民國)?(\d{1,4})(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})日?$/;
const COMPACT = /^(\d{3,4})(\d{2})(\d{2})$/;

/** The forms the page names in its messages. */
export const DATE_EXAMPLES = '115/12/06 或 2026-12-06';

/** The typed date as yyyy-mm-dd, or null when it is no real day in one of the forms above. */
export function parseDate(text) {
  // A Chinese input method types full-width digits and slashes (１１５／１２／０６).
  const typed = text.normalize('NFKC').replace(/\s/g, '');
  const parts = SEPARATED.exec(typed) ?? COMPACT.exec(typed);
  if (!parts) return null;
  const [yearText, month, day] = [parts[1], Number(parts[2]), Number(parts[3])];
  const year = yearText.length === 4 ? Number(yearText) : Number(yearText) + ROC_OFFSET;
  if (year <= ROC_OFFSET) return null;
  // Date.UTC rolls 2026-02-30 over into March: a day that comes back different does not exist.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
