import type { Config } from "tailwindcss";

// Tailwind 4 reads its theme from app/globals.css (@theme); this file names the sources and
// the health colours every page shares.
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        good: "#15803d",
        warn: "#b45309",
        bad: "#b91c1c",
      },
    },
  },
};

export default config;
