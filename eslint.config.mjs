import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", ".data/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "bench/results/**"] },
  {
    rules: {
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    // Type-aware rules: a forgotten await and a switch that misses a case are bugs the compiler
    // can see.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    // Client code (components, hooks, query factories) reaches the server through the API only.
    files: ["components/**", "features/*/components/**", "features/*/hooks.ts", "features/*/queries.ts", "features/*/contract.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "@/features/*/server/*",
                "**/server/*",
                "@/lib/db/*",
                "@/lib/auth/current-user",
                "@/lib/auth/options",
                "@/lib/api/route",
                "@/lib/api/errors",
                "@/lib/audit",
              ],
              allowTypeImports: true,
              message: "Server code: client modules use a feature's contract and apiFetch, not its server modules.",
            },
          ],
        },
      ],
    },
  },
  { files: ["scripts/**", "prisma/**", "bench/**", "e2e/**"], rules: { "no-console": "off" } },
];

export default config;
