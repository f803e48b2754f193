import { afterEach, describe, expect, test, vi } from "vitest";
import type { AnyEndpoint } from "./contract";
import { assertJsonBody, assertSameOrigin, ownOrigin } from "./csrf";
import { ApiError } from "./errors";

afterEach(() => vi.unstubAllEnvs());

// Next.js hands a route the URL of its own listening address, not the one the browser used.
const request = (method: string, headers: Record<string, string>) => new Request("http://localhost:3000/api/v1/teams", { method, headers });

/** What assertSameOrigin decides: "ok", or the refusal's status and message. */
function decide(method: string, headers: Record<string, string>) {
  try {
    assertSameOrigin(request(method, headers));
    return "ok";
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return `${error.status} ${error.message}`;
  }
}

const REFUSED = "403 Cross-site request refused";

describe("state-changing requests without a bearer token come from Tandem's own pages only", () => {
  test.each([
    ["a page of Tandem (Sec-Fetch-Site)", "POST", { "sec-fetch-site": "same-origin", cookie: "s=1" }, "ok"],
    ["a bookmark or typed address", "POST", { "sec-fetch-site": "none" }, "ok"],
    ["another site", "POST", { "sec-fetch-site": "cross-site", cookie: "s=1" }, REFUSED],
    ["a sibling subdomain", "DELETE", { "sec-fetch-site": "same-site", cookie: "s=1" }, REFUSED],
    ["another site, whatever Origin claims", "PATCH", { "sec-fetch-site": "cross-site", origin: "http://tandem.example", host: "tandem.example" }, REFUSED],
    ["an older browser on Tandem's page (Origin = Host)", "PUT", { origin: "http://tandem.example", host: "tandem.example" }, "ok"],
    ["an older browser on another site", "POST", { origin: "http://evil.example", host: "tandem.example" }, REFUSED],
    ["another port of the same host", "POST", { origin: "http://tandem.example:8080", host: "tandem.example" }, REFUSED],
    ["another scheme of the same host", "POST", { origin: "https://tandem.example", host: "tandem.example" }, REFUSED],
    ["an opaque origin", "POST", { origin: "null", host: "tandem.example" }, REFUSED],
    ["a script without a token (no browser headers)", "POST", {}, "ok"],
    [
      "a script with a bearer token from anywhere",
      "POST",
      { authorization: "Bearer tdm_x", "sec-fetch-site": "cross-site", origin: "http://evil.example" },
      "ok",
    ],
    ["a read from another site", "GET", { "sec-fetch-site": "cross-site", cookie: "s=1" }, "ok"],
    ["a HEAD from another site", "HEAD", { origin: "http://evil.example" }, "ok"],
  ])("%s: %s → %s", (_, method, headers, expected) => {
    expect(decide(method, headers)).toBe(expected);
  });

  test("the default ports are the same origin as none", () => {
    expect(decide("POST", { origin: "http://tandem.example", host: "tandem.example:80" })).toBe("ok");
  });
});

describe("X-Forwarded-Host and -Proto are believed only from TANDEM_TRUST_PROXY proxies", () => {
  const behindProxy = { host: "127.0.0.1:3000", "x-forwarded-host": "tandem.example", "x-forwarded-proto": "https" };

  test("without it, the Host header and the server's own scheme", () => {
    expect(ownOrigin(request("POST", behindProxy))).toBe("http://127.0.0.1:3000");
    expect(decide("POST", { ...behindProxy, origin: "https://tandem.example" })).toBe(REFUSED);
  });

  test("with one proxy, what it received", () => {
    vi.stubEnv("TANDEM_TRUST_PROXY", "1");
    expect(ownOrigin(request("POST", behindProxy))).toBe("https://tandem.example");
    expect(decide("POST", { ...behindProxy, origin: "https://tandem.example" })).toBe("ok");
  });

  test("a value the client sent before our proxy's is not believed", () => {
    vi.stubEnv("TANDEM_TRUST_PROXY", "1");
    const spoofed = { ...behindProxy, "x-forwarded-host": "evil.example, tandem.example" };
    expect(ownOrigin(request("POST", spoofed))).toBe("https://tandem.example");
    expect(decide("POST", { ...spoofed, origin: "https://evil.example" })).toBe(REFUSED);
  });

  test("with two proxies, the outer one's", () => {
    vi.stubEnv("TANDEM_TRUST_PROXY", "2");
    const twice = { host: "app:3000", "x-forwarded-host": "tandem.example, app.internal", "x-forwarded-proto": "https, http" };
    expect(ownOrigin(request("POST", twice))).toBe("https://tandem.example");
  });
});

describe("a JSON body must be sent as application/json", () => {
  const withBody = { body: {} } as unknown as AnyEndpoint;
  const check = (endpoint: AnyEndpoint, headers: Record<string, string>) => () => assertJsonBody(request("POST", headers), endpoint);

  test.each([["application/json"], ["application/json; charset=utf-8"], ["Application/JSON"]])("%s is accepted", (type) => {
    expect(check(withBody, { "content-type": type })).not.toThrow();
  });

  test.each([
    ["text/plain;charset=UTF-8", "The request body must be application/json, not text/plain."],
    ["application/x-www-form-urlencoded", "The request body must be application/json, not application/x-www-form-urlencoded."],
    ["multipart/form-data; boundary=x", "The request body must be application/json, not multipart/form-data."],
    [null, "The request body must be application/json; the request has no Content-Type."],
  ])("%s is a 400 naming it", (type, message) => {
    expect(check(withBody, type ? { "content-type": type } : {})).toThrow(expect.objectContaining({ status: 400, code: "bad_request", message }));
  });

  test("an endpoint without a JSON body (the CSV import) checks its own type", () => {
    expect(check({} as AnyEndpoint, { "content-type": "text/csv" })).not.toThrow();
  });
});
