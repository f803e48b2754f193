import NextAuth, { getServerSession } from "next-auth";
import { userFromSession, type CurrentUser } from "@/lib/auth/current-user";
import { authOptions, type SessionClaims } from "@/lib/auth/options";

/**
 * NextAuth's App Router handler reads next/headers, which exists only inside a Next.js request;
 * its Pages Router handler takes plain request and response objects and runs the same core
 * (CSRF, authorize, callbacks, events, cookies). These fakes are what it needs of them.
 */
type FakeResponse = { statusCode: number; body: unknown; headers: Map<string, unknown> };

function fakeResponse() {
  const res = {
    statusCode: 200,
    body: undefined as unknown,
    headers: new Map<string, unknown>(),
    status(code: number) {
      res.statusCode = code;
      return res;
    },
    setHeader(name: string, value: unknown) {
      res.headers.set(name.toLowerCase(), value);
      return res;
    },
    getHeader: (name: string) => res.headers.get(name.toLowerCase()),
    json(body: unknown) {
      res.body = body;
    },
    send(body: unknown) {
      res.body = body;
    },
    end() {},
  };
  return res;
}

// NextAuth signs its cookies with the secret; a test run has none of its own.
process.env.NEXTAUTH_SECRET ??= "tandem-test-secret-of-at-least-32-characters";
process.env.NEXTAUTH_URL ??= "http://localhost:3000";

/** A browser with a cookie jar, signing in and out through NextAuth as the sign-in form does. */
export class Browser {
  constructor(
    readonly cookies: Record<string, string> = {},
    readonly headers: Record<string, string> = { host: "localhost:3000" },
  ) {}

  private async send(method: "GET" | "POST", action: string[], body?: Record<string, string>, query: Record<string, string> = {}): Promise<FakeResponse> {
    const res = fakeResponse();
    await NextAuth(
      { method, query: { ...query, nextauth: action }, cookies: { ...this.cookies }, headers: this.headers, body } as never,
      res as never,
      authOptions,
    );
    for (const line of (res.headers.get("set-cookie") as string[] | undefined) ?? []) {
      const [pair = "", ...attributes] = line.split(";");
      const [name = "", value = ""] = pair.split("=");
      if (attributes.some((a) => /^\s*max-age=0$/i.test(a)) || !value) delete this.cookies[name];
      else this.cookies[name] = decodeURIComponent(value);
    }
    return res;
  }

  private async csrfToken(): Promise<string> {
    return ((await this.send("GET", ["csrf"])).body as { csrfToken: string }).csrfToken;
  }

  /** The credentials callback as `signIn("credentials", { redirect: false })` posts it: status and the URL NextAuth answers. */
  async signIn(email: string, password: string): Promise<{ status: number; url: string }> {
    const res = await this.send("POST", ["callback", "credentials"], { csrfToken: await this.csrfToken(), email, password, json: "true" });
    return { status: res.statusCode, url: (res.body as { url: string }).url };
  }

  /** Where NextAuth's error route (the URL a failed sign-in answers) sends the browser on to. */
  async errorRedirect(code: string): Promise<unknown> {
    return (await this.send("GET", ["error"], undefined, { error: code })).headers.get("location");
  }

  async signOut(): Promise<void> {
    await this.send("POST", ["signout"], { csrfToken: await this.csrfToken(), json: "true" });
  }

  /** The session cookie's claims, as getServerSession reads them on every page and API request. */
  async session(): Promise<SessionClaims | null> {
    return (await getServerSession(
      { headers: this.headers, cookies: { ...this.cookies } } as never,
      fakeResponse() as never,
      authOptions,
    )) as SessionClaims | null;
  }

  /** Who the server takes this browser for: currentUser() without a bearer token. */
  async user(): Promise<CurrentUser | null> {
    return userFromSession(await this.session());
  }

  /** Another browser holding a copy of this one's cookies: a stolen or replayed cookie. */
  copy(): Browser {
    return new Browser({ ...this.cookies }, this.headers);
  }
}
