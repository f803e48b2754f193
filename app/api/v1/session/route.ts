import { NextResponse } from "next/server";
import { z } from "zod";
import { ApiError, badRequest, errorResponse } from "@/lib/api/errors";
import { checkCredentials } from "@/lib/auth/options";
import { createToken } from "@/lib/auth/tokens";

const body = z.object({ email: z.string().trim().min(1), password: z.string().min(1), name: z.string().max(100).optional() });

/** Exchanges an email and password for a bearer token (docs/api.md "Authentication"). */
export async function POST(request: Request) {
  try {
    const input = body.parse(await request.json().catch(() => {
      throw badRequest("The request body must be JSON: {\"email\": \"…\", \"password\": \"…\"}.");
    }));
    const user = await checkCredentials(input);
    if (!user) throw new ApiError("unauthorized", "The email or password is wrong, or the user is deactivated.");
    const token = await createToken(user.id, input.name ?? "API session");
    return NextResponse.json({ token });
  } catch (error) {
    return errorResponse(error);
  }
}
