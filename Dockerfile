# syntax=docker/dockerfile:1
#
# Tandem as one image: Next.js's standalone server plus the step that migrates the database
# before it starts. docker-compose.yml builds it and runs it beside PostgreSQL; by hand:
#   docker build -t tandem .
#   docker run -p 3000:3000 -e DATABASE_URL=postgresql://… -e AUTH_SECRET=… tandem
#
# Debian rather than Alpine: the lock file's native builds (Next's SWC, Tailwind's oxide) are the
# glibc ones the project is developed and tested with.
ARG NODE_IMAGE=node:20-bookworm-slim

# ---- 1. deps: every dependency, in a layer rebuilt only when package*.json change ------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# Not `npm ci` (see .ci/run): the lock file cannot list the macOS and Windows builds of platform
# packages, so `npm ci` refuses it as out of sync; `npm install` follows the same lock file.
# --ignore-scripts: nothing the build needs runs at install; Prisma's client is generated below.
RUN npm install --no-audit --no-fund --ignore-scripts

# ---- 2. build: Prisma's client, Next.js's standalone output, the bundled start-up step -------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# next.config.js switches to `output: "standalone"` on this.
ENV NEXT_OUTPUT=standalone
# NEXT_PUBLIC_ variables are written into the build, so the currency is a build argument.
ARG NEXT_PUBLIC_CURRENCY=EUR
ENV NEXT_PUBLIC_CURRENCY=${NEXT_PUBLIC_CURRENCY}
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# The package's postinstall, skipped above: writes node_modules/.prisma/client from the schema.
RUN npx prisma generate
RUN npm run build
# What `npm start` does before Next.js (migrations, first admin, demo data) runs with tsx there;
# the image has no tsx, so the step becomes one plain JavaScript file. Without the embedded
# PostgreSQL: the image always talks to DATABASE_URL.
RUN node_modules/.bin/esbuild scripts/prepare-database.ts --bundle --platform=node --target=node20 \
      --conditions=react-server --external:embedded-postgres --external:pg-native \
      --outfile=prepare-database.js

# ---- 3. runner: only the files `node server.js` reads, run by an unprivileged user -----------
FROM ${NODE_IMAGE} AS runner
WORKDIR /app
# HOSTNAME: Docker sets it to the container id, and server.js listens on it; 0.0.0.0 instead.
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
# The official image's `node` user (uid 1000) owns the files, so Next.js can write .next/cache.
# server.js and the node_modules files the routes were traced to need.
COPY --from=build --chown=node:node /app/.next/standalone ./
# Static assets: server.js serves them from here, but the standalone output does not copy them.
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
# Prisma's generated client reads its WebAssembly query compiler by a computed path, which file
# tracing may miss: the whole generated folder (small) over the traced copy.
COPY --from=build --chown=node:node /app/node_modules/.prisma/client ./node_modules/.prisma/client
# lib/db/migrate.ts applies the SQL files under ./prisma/migrations of the working directory.
COPY --from=build --chown=node:node /app/prisma/migrations ./prisma/migrations
COPY --from=build --chown=node:node /app/prepare-database.js ./prepare-database.js
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/signin').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Migrate (and load the demo data once if TANDEM_DEMO=1), then become Next.js's server, so that
# `docker stop`'s SIGTERM reaches it directly.
CMD ["sh", "-c", "node prepare-database.js && exec node server.js"]
