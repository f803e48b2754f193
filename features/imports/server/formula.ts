import "server-only";

/**
 * What a spreadsheet may run as a formula (OWASP "CSV injection"): =, +, - or @ first, also after
 * leading whitespace (some spreadsheets trim it), and any leading control character (tab and
 * carriage return among them; others are stripped by some readers, exposing what follows).
 */
const TRIGGER = String.raw`(?:\s*[=+\-@]|[\x00-\x1f\x7f-\x9f])`;

/** Apostrophes before a trigger are escaped too, so that the import's unescaping can never eat one that was data. */
const NEEDS_ESCAPE = new RegExp(`^'*${TRIGGER}`);
const ESCAPED = new RegExp(`^'+${TRIGGER}`);

/** A text cell a spreadsheet would run as a formula gets a leading apostrophe, which spreadsheets show as text. */
export function escapeFormula(value: string): string {
  return NEEDS_ESCAPE.test(value) ? `'${value}` : value;
}

/**
 * Removes exactly the apostrophe escapeFormula adds, so that an export imports back unchanged;
 * a file written by hand with `'=SUM(A1)` imports as `=SUM(A1)`.
 */
export function unescapeFormula(value: string): string {
  return ESCAPED.test(value) ? value.slice(1) : value;
}
