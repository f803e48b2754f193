import { z } from "zod";
import { endpoint, type Method } from "@/lib/api/contract";

/** The catch-all route (app/api/v1/[...path]): described so that the reference says what any other path answers. */
const notAnEndpoint = <M extends Method>(method: M) =>
  endpoint({
    method,
    path: "/api/v1/{path}",
    tag: "api",
    summary: "Any other path: 404",
    description:
      "A path under /api/v1 that no endpoint serves answers 404 with the error envelope, whatever the method. A path that exists answers a method it does not serve with 405, the envelope and an `Allow` header listing the methods it does serve.",
    access: "public",
    params: z.object({ path: z.string().meta({ description: "Any path no endpoint serves" }) }),
    response: z.never(),
    errors: [404],
  });

export const apiDocsEndpoints = {
  openapi: endpoint({
    method: "GET",
    path: "/api/v1/openapi.json",
    tag: "api",
    summary: "This API's OpenAPI 3.1 document",
    description: "Generated from the same zod contracts the server enforces; readable without signing in.",
    access: "public",
    response: z.record(z.string(), z.unknown()),
  }),
  notAnEndpointGet: notAnEndpoint("GET"),
  notAnEndpointPost: notAnEndpoint("POST"),
  notAnEndpointPut: notAnEndpoint("PUT"),
  notAnEndpointPatch: notAnEndpoint("PATCH"),
  notAnEndpointDelete: notAnEndpoint("DELETE"),
};
