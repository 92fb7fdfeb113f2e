/**
 * CSV cells for files people open in a spreadsheet (audience, segment membership and audit
 * exports).
 *
 * Cells that a spreadsheet would run as a formula (starting with = + - @, tab or carriage
 * return) get a leading apostrophe (OWASP "CSV injection"); plain numbers such as -3 are left
 * alone because they cannot run anything and are common in real exports.
 */
const PLAIN_NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

export function neutraliseFormula(cell: string): string {
  if (cell.length === 0 || PLAIN_NUMBER.test(cell)) return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180 quoting after formula neutralisation. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) return '';
  const text = neutraliseFormula(String(value));
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
