import "server-only";
import type { TwoFactorChange } from "@/emails/two-factor-changed";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueueJob } from "@/lib/jobs/enqueue";

/**
 * Emails the account's owner about a change to its two-factor protection. Queued with the
 * change's own transaction, so the email leaves only if the change was saved.
 */
export async function notifyTwoFactorChange(
  tx: Db,
  { email, change }: { email: string; change: TwoFactorChange },
) {
  await enqueueJob(
    "send-email",
    {
      to: email,
      template: "two-factor-changed",
      props: { url: `${env.APP_URL}/settings/account`, email, change },
    },
    { db: tx },
  );
}
