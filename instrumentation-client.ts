import { config } from "zod";

// Runs in the browser before any page module. The Content-Security-Policy forbids eval, and zod
// would probe for it with `new Function` when it builds its first object schema: the probe's
// error is caught, but the browser still reports a policy violation. Without it, zod parses the
// same way, only without compiling a fast path.
config({ jitless: true });
