/**
 * The Content-Security-Policy of Tandem's answers. Pages get one with a per-request nonce
 * (proxy.ts): Next.js reads it from the request's policy and puts it on every script it writes,
 * and 'strict-dynamic' lets those scripts load the rest of the bundle. Everything else (the API,
 * static files, NextAuth's own pages) gets the same policy without the nonce, from next.config.js,
 * so no inline script runs there at all.
 *
 * Styles may be inline: Radix, Recharts and the API reference (Scalar) set style attributes and
 * insert <style> elements, which a nonce cannot cover (and a nonce would switch 'unsafe-inline' off).
 */
export function contentSecurityPolicy({ nonce, dev = false }: { nonce?: string; dev?: boolean } = {}): string {
  const script = nonce ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"] : ["'self'"];
  // React rebuilds server error stacks with eval in development only.
  if (dev) script.push("'unsafe-eval'");
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": script,
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** A fresh nonce for one page request: 128 random bits, base64 as CSP wants it. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
