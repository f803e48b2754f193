/**
 * Spend amounts stay decimal text from the form to the database (numeric(14,2)): no float ever
 * touches them. Shared by the API's validation and the spend grid's field messages.
 */

const DIGITS = /^\d+(\.\d+)?$/;
/** numeric(14,2): 12 digits before the point. */
const MAX_INTEGER_DIGITS = 12;

/** What is wrong with an amount typed or sent, or null when it is a valid amount. */
export function amountProblem(text: string): string | null {
  const value = text.trim();
  if (value === "") return "is required";
  if (value.startsWith("-") && DIGITS.test(value.slice(1))) return "must not be negative";
  if (!DIGITS.test(value)) return "must be a number like 1234.56 (a dot for decimals, no thousands separators)";
  const [whole = "", fraction = ""] = value.split(".");
  if (fraction.length > 2) return "must have at most 2 decimals";
  if (whole.replace(/^0+(?=\d)/, "").length > MAX_INTEGER_DIGITS) return "must be less than 1,000,000,000,000";
  return null;
}

/** An amount as the API answers it: always two decimals ("1200" → "1200.00"), from text only. */
export function normalizeAmount(text: string): string {
  const [whole = "", fraction = ""] = text.trim().split(".");
  return `${whole.replace(/^0+(?=\d)/, "")}.${fraction.padEnd(2, "0")}`;
}

/** Two amounts are the same money (compared as text after normalizing, never as floats). */
export function sameAmount(a: string, b: string): boolean {
  return normalizeAmount(a) === normalizeAmount(b);
}

/** The sum of valid amounts, added as whole cents in BigInt so that no float rounding creeps in. */
export function sumAmounts(amounts: string[]): string {
  let cents = BigInt(0);
  for (const amount of amounts) {
    const [whole = "0", fraction = "00"] = normalizeAmount(amount).split(".");
    cents += BigInt(whole) * BigInt(100) + BigInt(fraction);
  }
  const text = cents.toString().padStart(3, "0");
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

const money = new Intl.NumberFormat("en-GB", { style: "currency", currency: process.env.NEXT_PUBLIC_CURRENCY ?? "EUR" });

/** An amount for display; Intl formats the decimal text itself, so even here it is not a float. */
export function formatAmount(amount: string): string {
  return money.format(normalizeAmount(amount) as Intl.StringNumericLiteral);
}
