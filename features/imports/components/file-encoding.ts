import type { ImportEncoding } from "@/features/imports/contract";

/** The encodings the import page offers; latin1 and iso-8859-1 read exactly like windows-1252. */
export const FILE_ENCODINGS = [
  { value: "utf-8", label: "UTF-8 (most files)" },
  { value: "windows-1252", label: "Windows-1252 / Latin-1 (Excel and CRM exports in Western European languages)" },
] as const satisfies readonly { value: ImportEncoding; label: string }[];

export type FileEncoding = (typeof FILE_ENCODINGS)[number]["value"];

/** Whether a file's first bytes are valid UTF-8; a character cut by their end does not count against them. */
export function isUtf8(head: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** A file's first bytes as text; a character cut by their end is left out rather than shown as U+FFFD. */
export function decodeHead(head: Uint8Array, encoding: FileEncoding): string {
  return new TextDecoder(encoding).decode(head, { stream: true });
}

/**
 * The encoding to read a newly chosen file in: UTF-8 when its first bytes are valid UTF-8 (text in
 * another encoding almost never is, once it has an accent), otherwise Windows-1252, which is what
 * Excel saves in Western European languages.
 */
export function guessEncoding(head: Uint8Array): FileEncoding {
  return isUtf8(head) ? "utf-8" : "windows-1252";
}
