import "server-only";
import { forbidden } from "@/lib/errors";
import type { Permission } from "./permissions";

/**
 * For the few actions and routes that need a second permission beside the one they declare
 * (deleting or exporting customers' personal data takes `customers.privacy` as well as
 * `customers.manage`).
 */
export function assertPermission(
  granted: ReadonlySet<Permission>,
  permission: Permission,
  message = "You don't have permission to do that.",
) {
  if (!granted.has(permission)) throw forbidden(message);
}
