import { sendEmailJob } from "@/lib/jobs/send-email";
import { jobFunction } from "./job-function";

export const sendEmailFunction = jobFunction(sendEmailJob, "send");
