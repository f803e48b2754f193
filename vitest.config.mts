import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Server modules import "server-only" so that a client import fails the build; tests run
      // them in plain Node, where that guard has nothing to guard.
      "server-only": path.join(root, "tests/server-only.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "features/**/*.test.ts", "prisma/**/*.test.ts", "tests/**/*.test.ts"],
    globalSetup: ["tests/global-setup.ts"],
    setupFiles: ["tests/database.ts"],
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
