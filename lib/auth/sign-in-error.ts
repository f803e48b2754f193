/**
 * NextAuth puts a failed sign-in's error message into a URL (`/signin?error=…`), so the browser
 * sign-in reports a code, never a database's words. Shared by the server that writes it and the
 * sign-in form that reads it.
 */
export type SignInFailure = { kind: "wrong" } | { kind: "limited"; retryAfter: number } | { kind: "unavailable" } | { kind: "failed" };

/** NextAuth's own code for an authorize that answered null. */
const WRONG = "CredentialsSignin";
const LIMITED = /^too_many_attempts\.(\d{1,7})$/;

export function signInErrorCode(failure: Exclude<SignInFailure, { kind: "wrong" }>): string {
  switch (failure.kind) {
    case "limited":
      return `too_many_attempts.${Math.max(1, Math.ceil(failure.retryAfter))}`;
    case "unavailable":
      return "unavailable";
    case "failed":
      return "failed";
  }
}

/** The failure a code stands for; null without one. An unknown code is a plain failure. */
export function parseSignInError(code: string | null | undefined): SignInFailure | null {
  if (!code) return null;
  if (code === WRONG) return { kind: "wrong" };
  if (code === "unavailable") return { kind: "unavailable" };
  const limited = LIMITED.exec(code);
  if (limited) return { kind: "limited", retryAfter: Number(limited[1]) };
  return { kind: "failed" };
}

/** "3 minutes", "1 minute": how long a limited sign-in waits, in words. */
export function waitInWords(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}
