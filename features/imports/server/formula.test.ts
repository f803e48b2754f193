import { expect, test } from "vitest";
import { escapeFormula, unescapeFormula } from "./formula";

test.each([
  ["=SUM(A1)", "'=SUM(A1)"],
  ["+33 1 23 45 67 89", "'+33 1 23 45 67 89"],
  ["-5 days", "'-5 days"],
  ["@owner", "'@owner"],
  [" =1+1", "' =1+1"],
  ["\u00a0\u2003-2", "'\u00a0\u2003-2"],
  ["\t=cmd", "'\t=cmd"],
  ["\rtext", "'\rtext"],
  ["\ntext", "'\ntext"],
  ["\u0000x", "'\u0000x"],
  ["\u001bx", "'\u001bx"],
  ["\u007fx", "'\u007fx"],
  ["\u0085x", "'\u0085x"],
  ["'=SUM(A1)", "''=SUM(A1)"],
  ["'' -1", "''' -1"],
  ["'\tx", "''\tx"],
] as const)("%j is exported as %j", (value, exported) => {
  expect(escapeFormula(value)).toBe(exported);
  expect(unescapeFormula(exported)).toBe(value);
});

test.each(["Acme", "  Acme", "a=b", "1-2", "'quoted", "' spaced", "e-mail@example.com", "", "'"])("%j is left as it is", (value) => {
  expect(escapeFormula(value)).toBe(value);
  expect(unescapeFormula(value)).toBe(value);
});

test("every short string of the characters that matter is safe in a spreadsheet and imports back unchanged", () => {
  const alphabet = ["'", "=", "-", "@", " ", "\u00a0", "\t", "\r", "\u0001", "a"];
  let level = [""];
  const strings = [""];
  for (let length = 1; length <= 4; length++) {
    level = level.flatMap((s) => alphabet.map((c) => s + c));
    strings.push(...level);
  }
  const runnable = /^(?:\s*[=+\-@]|[\x00-\x1f\x7f-\x9f])/;
  expect(strings.filter((s) => runnable.test(escapeFormula(s)))).toEqual([]);
  expect(strings.filter((s) => unescapeFormula(escapeFormula(s)) !== s)).toEqual([]);
});
