import { z } from "zod";
import { endpoint } from "@/lib/api/contract";

/** An email and a password, as the sign-in form and POST /api/v1/session take them. */
export const credentials = z.object({
  email: z.string().trim().min(1, "is required"),
  password: z.string().min(1, "is required"),
});

/**
 * How many days a new API token works (1 to 3650); omitted, null or "" (a form's "never"): it
 * does not expire. An expired token answers 401 like a revoked one.
 */
export const expiresInDays = z.preprocess(
  (v) => (v === "" ? null : typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : v),
  z
    .number({ message: "must be a whole number of days" })
    .int("must be a whole number of days")
    .min(1, "must be at least 1")
    .max(3650, "must be at most 3650 (ten years)")
    .nullable(),
);

export const authEndpoints = {
  createSession: endpoint({
    method: "POST",
    path: "/api/v1/session",
    tag: "auth",
    summary: "Exchange an email and password for a bearer token",
    description:
      "The token is answered once; send it as `Authorization: Bearer <token>`. `name` labels it in the admin's token list; `expires_in_days` makes it stop working after that many days. Wrong credentials or a deactivated user get 401. After 10 failed attempts for one email (or 50 from one address) in 15 minutes, attempts answer 429 with `Retry-After` until the window ends.",
    access: "public",
    body: credentials.extend({ name: z.string().max(100, "must be at most 100 characters").optional(), expires_in_days: expiresInDays.optional() }),
    response: z.object({ token: z.string() }),
    errors: [401, 429],
  }),
  // NextAuth's own routes (app/api/auth/[...nextauth]) serve the browser's sign-in; described so
  // that the reference lists every route, not meant for API clients.
  nextAuthGet: endpoint({
    method: "GET",
    path: "/api/auth/{nextauth}",
    tag: "auth",
    summary: "Browser sign-in (NextAuth): session, CSRF token, providers, sign-out page",
    description: "`{nextauth}` is one of session, csrf, providers, signin, signout. Used by the sign-in page; API clients use POST /api/v1/session.",
    access: "public",
    params: z.object({ nextauth: z.string() }),
    response: z.unknown(),
  }),
  nextAuthPost: endpoint({
    method: "POST",
    path: "/api/auth/{nextauth}",
    tag: "auth",
    summary: "Browser sign-in (NextAuth): credentials callback and sign-out",
    description:
      "`{nextauth}` is callback/credentials or signout, with the CSRF token as form data. Used by the sign-in page; API clients use POST /api/v1/session.",
    access: "public",
    params: z.object({ nextauth: z.string() }),
    response: z.unknown(),
  }),
};
