import "server-only";

/**
 * Whether a sign-in that has proven the password (or the address) must still give a second
 * factor before the session counts as signed in. The two-factor sign-in step clears it.
 */
export function secondFactorOwed(user: { totpEnabledAt: Date | null }): boolean {
  return user.totpEnabledAt != null;
}
