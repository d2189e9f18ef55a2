import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/functions";
import { jobMode } from "@/lib/env";
import { problem } from "@/lib/http/problem";

// Without Inngest keys jobs run in-process and nothing should call this endpoint; serve() would
// answer every request with a 500 about the missing signing key, so say plainly that it is off.
const notConfigured = () =>
  problem(
    404,
    "Inngest is not configured: background jobs run in-process. Set INNGEST_EVENT_KEY and INNGEST_SIGNING_KEY to serve Inngest functions here.",
  );

export const { GET, POST, PUT } =
  jobMode === "inngest"
    ? serve({ client: inngest, functions })
    : { GET: notConfigured, POST: notConfigured, PUT: notConfigured };

export const dynamic = "force-dynamic";
