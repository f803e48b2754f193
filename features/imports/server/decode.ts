import "server-only";
import { Transform } from "node:stream";
import { badRequest } from "@/lib/api/errors";
import type { ImportEncoding } from "@/features/imports/contract";

const LINE_BREAK = /\r\n|\r|\n/g;

/** Characters, not UTF-16 units: an emoji is one column. */
const characters = (text: string) => text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);

/** The line (the header is 1) and column (in characters, from 1) that the next decoded character will have. */
class Position {
  line = 1;
  column = 1;
  private started = false;
  /** A \r ended the last text: a \n starting the next one belongs to the same line break. */
  private pendingCr = false;

  advance(text: string) {
    if (text === "") return;
    let rest = text;
    // The byte order mark is no character of line 1.
    if (!this.started && rest.startsWith("\uFEFF")) rest = rest.slice(1);
    if (this.pendingCr && rest.startsWith("\n")) rest = rest.slice(1);
    this.started = true;
    this.pendingCr = text.endsWith("\r");
    let tail = 0;
    for (const match of rest.matchAll(LINE_BREAK)) {
      this.line += 1;
      this.column = 1;
      tail = match.index + match[0].length;
    }
    this.column += characters(rest.slice(tail));
  }
}

/** Where a UTF-8 sequence cut by the end of `bytes` starts (bytes.length when none is cut): it waits for the next chunk. */
function completeUpTo(bytes: Uint8Array): number {
  for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 3); i--) {
    const byte = bytes[i]!;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return bytes.length - i < length ? i : bytes.length;
  }
  return bytes.length;
}

/**
 * A lead byte's sequence length and the range its second byte must fall in (which refuses overlong
 * forms, surrogates and code points above U+10FFFF); null for a byte that starts no sequence.
 */
function sequenceOf(lead: number): [length: number, low: number, high: number] | null {
  if (lead < 0x80) return [1, 0, 0];
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return null;
}

/** The index of the first byte that starts an ill-formed UTF-8 sequence (bytes.length when there is none). */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const sequence = sequenceOf(bytes[i]!);
    if (!sequence) return i;
    const [length, low, high] = sequence;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return i;
}

/** The 400 of a file that is not UTF-8; `details` has the line, like every import problem (its `column` names fields, so null). */
function invalidUtf8({ line, column }: Position, byte: number) {
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  return badRequest(
    `The file is not valid UTF-8: line ${line}, column ${column} has the byte ${hex}. A file saved by Excel or a CRM in a Western European language is usually Windows-1252: import it with encoding windows-1252 (?encoding=windows-1252), or save it as UTF-8.`,
    [{ line, column: null, message: `the byte ${hex} at column ${column} is not valid UTF-8` }],
  );
}

/**
 * The file's bytes as text. UTF-8 is decoded strictly: the first invalid byte stops the import with
 * a 400 naming its line and column (rather than a silent U+FFFD in the data). A character cut
 * between two chunks is carried to the next one, so the decoder only ever sees whole characters.
 */
export function decodeText(encoding: ImportEncoding): Transform {
  if (encoding !== "utf-8") {
    const decoder = new TextDecoder(encoding);
    return new Transform({
      transform: (chunk: Buffer, _encoding, callback) => callback(null, decoder.decode(chunk, { stream: true })),
      flush: (callback) => callback(null, decoder.decode()),
    });
  }

  // The byte order mark is left in: csv-parse's `bom` option drops it.
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  const position = new Position();
  let carry: Uint8Array = new Uint8Array(0);

  const decode = (bytes: Uint8Array): string => {
    try {
      const text = decoder.decode(bytes, { stream: true });
      position.advance(text);
      return text;
    } catch {
      const at = firstInvalidByte(bytes);
      position.advance(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(0, at)));
      // The strict decoder refused these bytes, so one of them is invalid.
      throw invalidUtf8(position, bytes[at]!);
    }
  };

  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      const bytes = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      const complete = completeUpTo(bytes);
      carry = bytes.subarray(complete);
      try {
        callback(null, decode(bytes.subarray(0, complete)));
      } catch (error) {
        callback(error as Error);
      }
    },
    // A byte still carried starts a character the file never finishes.
    flush: (callback) => (carry[0] === undefined ? callback(null, decoder.decode()) : callback(invalidUtf8(position, carry[0]))),
  });
}
