import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { verifyPassword } from "./password";
import type { Role } from "./permissions";

const credentials = z.object({ email: z.string().trim().toLowerCase().email(), password: z.string().min(1) });

/** Checks an email and password; null when they do not match an active user. */
export async function checkCredentials(input: unknown) {
  const parsed = credentials.safeParse(input);
  if (!parsed.success) return null;
  const user = await db().user.findUnique({ where: { email: parsed.data.email } });
  if (!user || !user.active) return null;
  if (!(await verifyPassword(parsed.data.password, user.passwordHash))) return null;
  return user;
}

export const authOptions: NextAuthOptions = {
  secret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 7 * 24 * 3600 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(input) {
        const user = await checkCredentials(input);
        return user ? { id: user.id, email: user.email, name: user.name, role: user.role as Role, teamId: user.teamId } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid };
    },
  },
};
