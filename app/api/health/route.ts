import { z } from "zod";
import { checkDatabase } from "@/lib/db/health";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for load balancers and the test harness. */
export const GET = defineRoute({
  permission: "public",
  input: z.object({}),
  handler: async () => {
    const database = await checkDatabase();
    return Response.json(
      { status: database.ok ? "ok" : "degraded", database },
      { status: database.ok ? 200 : 503 },
    );
  },
});
