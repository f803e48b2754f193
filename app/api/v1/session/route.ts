import { authEndpoints } from "@/features/auth/contract";
import { createSession } from "@/features/auth/server/session";
import { route } from "@/lib/api/route";

export const POST = route(authEndpoints.createSession, ({ body, request }) => createSession(body, request.headers));
