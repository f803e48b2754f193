import { route } from "@/lib/api/route";
import { apiDocsEndpoints } from "@/features/api-docs/contract";
import { notAnEndpoint } from "@/features/api-docs/server/not-an-endpoint";

// Next serves a path from the most specific route file, so this one only gets paths no endpoint serves.
export const GET = route(apiDocsEndpoints.notAnEndpointGet, ({ request }) => notAnEndpoint(request));
export const POST = route(apiDocsEndpoints.notAnEndpointPost, ({ request }) => notAnEndpoint(request));
export const PUT = route(apiDocsEndpoints.notAnEndpointPut, ({ request }) => notAnEndpoint(request));
export const PATCH = route(apiDocsEndpoints.notAnEndpointPatch, ({ request }) => notAnEndpoint(request));
export const DELETE = route(apiDocsEndpoints.notAnEndpointDelete, ({ request }) => notAnEndpoint(request));
// Next would answer these itself (OPTIONS with an Allow of every method above), as if the path existed.
export const HEAD = GET;
export const OPTIONS = GET;
