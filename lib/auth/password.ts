import bcrypt from "bcryptjs";

// bcryptjs: maintained, pure JavaScript (no native build on a fresh machine).
const COST = 10;

/**
 * A hash of a random password nobody knows, at the same cost: an unknown or deactivated account
 * is compared against it, so a sign-in costs the same time whether the account exists or not.
 */
export const DUMMY_HASH = "$2b$10$.r03CI0KWNQ.qMeiGHj3nuIUYNq8CJ/n3cKy/3Y4do9yeHHnCOi16";

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
