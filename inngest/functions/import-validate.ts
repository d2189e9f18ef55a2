import { importValidateJob } from "@/lib/jobs/import-validate";
import { jobFunction } from "./job-function";

export const importValidateFunction = jobFunction(importValidateJob, "validate");
