import { z } from "zod";
import { endpoint } from "@/lib/api/contract";

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
};
