import fs from "node:fs";
import path from "node:path";

const APP = path.join(process.cwd(), "app");

export type RouteFile = { file: string; path: string; pattern: RegExp; names: string[] };

/** As Next picks a route file: the fewer dynamic segments the sooner, a catch-all ([...path]) only when nothing else serves the path. */
const rank = (route: RouteFile) => route.names.length + (route.pattern.source.includes("(.+)") ? 100 : 0);

/** Every route file under app/api, with the OpenAPI-style path it serves (`[id]` → `{id}`). */
export function routeFiles(dir = path.join(APP, "api")): RouteFile[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return routeFiles(full);
      if (entry.name !== "route.ts") return [];
      const segments = path.relative(APP, path.dirname(full)).split(path.sep);
      const names: string[] = [];
      const pattern = segments
        .map((segment) => {
          const dynamic = segment.match(/^\[(\.\.\.)?(\w+)\]$/);
          if (!dynamic) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
          names.push(dynamic[2]!);
          return dynamic[1] ? "(.+)" : "([^/]+)";
        })
        .join("/");
      const url = "/" + segments.map((s) => s.replace(/^\[(?:\.\.\.)?(\w+)\]$/, "{$1}")).join("/");
      return [{ file: full, path: url, pattern: new RegExp(`^/${pattern}$`), names }];
    })
    .sort((a, b) => rank(a) - rank(b));
}
