"use client";

import { useRunAction } from "@/components/catalog/use-run-action";
import { Checkbox } from "@/components/ui/checkbox";
import { setRoleTwoFactorAction } from "./actions";

/** The one setting of a built-in role an owner may change. */
export function RoleTwoFactorToggle({
  role,
}: {
  role: { id: string; name: string; requireTwoFactor: boolean };
}) {
  const { run, pending } = useRunAction();
  return (
    <Checkbox
      label="Require two-factor sign-in"
      aria-label={`Require two-factor sign-in for ${role.name}`}
      checked={role.requireTwoFactor}
      disabled={pending}
      onChange={(event) => {
        const requireTwoFactor = event.currentTarget.checked;
        run(
          () => setRoleTwoFactorAction({ roleId: role.id, requireTwoFactor }),
          requireTwoFactor
            ? `${role.name}: two-factor sign-in required`
            : `${role.name}: two-factor sign-in no longer required`,
        );
      }}
    />
  );
}
