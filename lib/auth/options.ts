import crypto from "node:crypto";
import type { User } from "@prisma/client";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { toApiError } from "@/lib/api/errors";
import { db } from "@/lib/db/client";
import { DUMMY_HASH, verifyPassword } from "./password";
import { clientAddress, limitSignIn } from "./rate-limit";
import { signInErrorCode } from "./sign-in-error";

const credentials = z.object({ email: z.string().trim().toLowerCase().email(), password: z.string().min(1) });

/**
 * Checks an email and password; null when they do not match an active user. An unknown or
 * deactivated account is compared against a dummy hash, so each answer costs one bcrypt.
 */
export async function checkCredentials(input: unknown): Promise<User | null> {
  const parsed = credentials.safeParse(input);
  if (!parsed.success) return null;
  const found = await db().user.findUnique({ where: { email: parsed.data.email } });
  const user = found?.active ? found : null;
  const matches = await verifyPassword(parsed.data.password, user?.passwordHash ?? DUMMY_HASH);
  return user && matches ? user : null;
}

/** A sign-in by email and password under the rate limits (lib/auth/rate-limit.ts); throws 429. */
export function signInWithPassword(input: { email?: unknown; password?: unknown }, headers: Headers | Record<string, unknown> | undefined) {
  const email = typeof input.email === "string" ? input.email : "";
  return limitSignIn(email, clientAddress(headers), () => checkCredentials(input));
}

/**
 * NextAuth's authorize. NextAuth writes a thrown error's message into the redirect URL, so only a
 * code leaves here (lib/auth/sign-in-error.ts): never "wrong password" for a lost database, never
 * its host and port.
 */
export async function authorizeCredentials(input: Record<string, unknown> | undefined, request?: { headers?: Record<string, unknown> }) {
  try {
    const user = await signInWithPassword(input ?? {}, request?.headers);
    return user ? { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } : null;
  } catch (error) {
    const failure = toApiError(error);
    const retryAfter = Number(failure.headers?.["Retry-After"]);
    throw new Error(
      signInErrorCode(
        failure.code === "too_many_requests"
          ? { kind: "limited", retryAfter }
          : failure.code === "database_unavailable"
            ? { kind: "unavailable" }
            : { kind: "failed" },
      ),
    );
  }
}

/**
 * The claims the session cookie (a JWT) carries: the user, the user's session version when they
 * signed in, and this session's own id (what signing out ends).
 */
export type SessionClaims = { uid?: unknown; sv?: unknown; sid?: unknown };

const SESSION_SECONDS = 7 * 24 * 3600;

export const authOptions: NextAuthOptions = {
  secret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_SECONDS },
  // Failures land on the sign-in page, which words the code (app/signin).
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: authorizeCredentials,
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion;
        token.sid = crypto.randomUUID();
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv, sid: token.sid };
    },
  },
  events: {
    // Signing out ends this browser's session only (the user's other browsers stay signed in):
    // the same cookie, replayed, no longer reads. Kept until the cookie expires anyway.
    async signOut({ token }) {
      const { sid } = token as SessionClaims;
      if (typeof sid !== "string") return;
      const expiresAt = new Date(typeof token.exp === "number" ? token.exp * 1000 : Date.now() + SESSION_SECONDS * 1000);
      await db().$transaction([
        db().signedOutSession.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
        db().signedOutSession.createMany({ data: [{ id: sid, expiresAt }], skipDuplicates: true }),
      ]);
    },
  },
};
