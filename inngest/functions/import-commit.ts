import { importCommitJob } from "@/lib/jobs/import-commit";
import { jobFunction } from "./job-function";

export const importCommitFunction = jobFunction(importCommitJob, "commit");
