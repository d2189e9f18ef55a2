import { accountEmailJob } from "@/lib/jobs/account-email";
import { jobFunction } from "./job-function";

export const accountEmailFunction = jobFunction(accountEmailJob, "send");
