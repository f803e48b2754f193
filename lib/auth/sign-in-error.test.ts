import { expect, test } from "vitest";
import { parseSignInError, signInErrorCode, waitInWords } from "./sign-in-error";

test.each([
  [null, null],
  ["", null],
  ["CredentialsSignin", { kind: "wrong" }],
  ["unavailable", { kind: "unavailable" }],
  ["too_many_attempts.840", { kind: "limited", retryAfter: 840 }],
  ["failed", { kind: "failed" }],
  // Anything else (another NextAuth code, a hand-made URL) is a plain failure, never echoed.
  ["Can't reach database server at db:5432", { kind: "failed" }],
  ["too_many_attempts.-1", { kind: "failed" }],
])("the code %j means %j", (code, failure) => {
  expect(parseSignInError(code)).toEqual(failure);
});

test.each([{ kind: "unavailable" }, { kind: "limited", retryAfter: 61 }, { kind: "failed" }] as const)("%j survives the URL", (failure) => {
  const url = new URL(`http://localhost/signin?error=${encodeURIComponent(signInErrorCode(failure))}`);
  expect(parseSignInError(url.searchParams.get("error"))).toEqual(failure);
});

test.each([
  [1, "1 minute"],
  [60, "1 minute"],
  [61, "2 minutes"],
  [900, "15 minutes"],
])("%i seconds are %s", (seconds, words) => {
  expect(waitInWords(seconds)).toBe(words);
});
