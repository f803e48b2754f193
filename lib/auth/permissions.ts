export type Role = "admin" | "marketing" | "sales";

/** Everything a role may do, in one table (docs/api.md "Roles"). Reading needs only a sign-in. */
const PERMISSIONS = {
  read: ["admin", "marketing", "sales"],
  "manage:users": ["admin"],
  "manage:teams": ["admin"],
  "manage:campaigns": ["admin", "marketing"],
  "manage:spend": ["admin"],
  "manage:targets": ["admin"],
  "manage:settings": ["admin"],
  // Every user manages their own API tokens; manage:tokens is everyone's tokens.
  "manage:own-tokens": ["admin", "marketing", "sales"],
  "manage:tokens": ["admin"],
  "import:teams": ["admin"],
  "import:campaigns": ["admin", "marketing"],
  "import:spend": ["admin"],
  "import:leads": ["admin", "marketing"],
  "import:handoffs": ["admin", "marketing"],
  "import:traffic": ["admin", "marketing"],
  "import:opportunities": ["admin", "sales"],
  "import:customers": ["admin", "sales"],
  "update:handoffs": ["admin", "sales"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
