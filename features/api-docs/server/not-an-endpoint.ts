import "server-only";
import { notFound } from "@/lib/api/errors";

/** The answer of the catch-all route: no endpoint serves this path, with any method. */
export async function notAnEndpoint(request: Request): Promise<never> {
  throw notFound(`No endpoint serves ${new URL(request.url).pathname}; the endpoints are listed in /api/v1/openapi.json.`);
}
