/** Owner first, then the other built-in roles, then custom roles (keeping their given order). */
export function sortRolesForDisplay<T extends { key: string; builtIn: boolean }>(roles: T[]): T[] {
  const rank = (role: T) => (role.key === "owner" ? 0 : role.builtIn ? 1 : 2);
  return [...roles].sort((a, b) => rank(a) - rank(b));
}
