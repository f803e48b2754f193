import { NextResponse } from "next/server";
import type { z } from "zod";
import { authorize, type CurrentUser } from "@/lib/auth/current-user";
import type { Permission } from "@/lib/auth/permissions";
import { badRequest, errorResponse } from "./errors";

type Params = Record<string, string | string[]>;

type Context<Q, B> = { request: Request; user: CurrentUser; query: Q; body: B; params: Params };

type Spec<Q extends z.ZodType, B extends z.ZodType> = {
  permission: Permission;
  query?: Q;
  body?: B;
};

async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw badRequest("The request body must be JSON.");
  }
}

/**
 * A route handler as a short pipeline: authorize → parse and validate → call lib/ → respond.
 * A handler returns data (sent as JSON) or a Response; whatever it throws becomes the one
 * error envelope.
 */
export function route<Q extends z.ZodType = z.ZodUndefined, B extends z.ZodType = z.ZodUndefined>(
  spec: Spec<Q, B>,
  handler: (context: Context<z.output<Q>, z.output<B>>) => Promise<unknown>,
) {
  return async (request: Request, context: { params: Promise<Params> }) => {
    try {
      const user = await authorize(request, spec.permission);
      const search = Object.fromEntries(new URL(request.url).searchParams);
      const query = spec.query ? spec.query.parse(search) : undefined;
      const body = spec.body ? spec.body.parse(await readJson(request)) : undefined;
      const result = await handler({ request, user, query, body, params: (await context.params) ?? {} } as Context<z.output<Q>, z.output<B>>);
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
