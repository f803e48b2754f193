import { expect, test } from "vitest";
import { decodeHead, guessEncoding, isUtf8 } from "./file-encoding";

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));
const cafe1252 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]);

test.each([
  ["plain ASCII", utf8("id,name\n"), true, "utf-8"],
  ["UTF-8 accents", utf8("id,Société\n"), true, "utf-8"],
  ["UTF-8 cut inside a character by the preview's end", utf8("id,€").subarray(0, 5), true, "utf-8"],
  ["Windows-1252 accents", cafe1252, false, "windows-1252"],
] as const)("%s: valid UTF-8 %s, read as %s", (_, head, valid, encoding) => {
  expect(isUtf8(head)).toBe(valid);
  expect(guessEncoding(head)).toBe(encoding);
});

test("the head is decoded in the chosen encoding, without a half character at its end", () => {
  expect(decodeHead(cafe1252, "windows-1252")).toBe("Café\n");
  expect(decodeHead(utf8("Café €").subarray(0, 8), "utf-8")).toBe("Café ");
});
