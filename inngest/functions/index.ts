import { accountEmailFunction } from "./account-email";
import { importCommitFunction } from "./import-commit";
import { importSyncSheetsFunction } from "./import-sync-sheets";
import { importValidateFunction } from "./import-validate";
import { sendEmailFunction } from "./send-email";

/** Every function served at /api/inngest: one per job in lib/jobs/registry.ts. */
export const functions = [
  sendEmailFunction,
  accountEmailFunction,
  importValidateFunction,
  importCommitFunction,
  importSyncSheetsFunction,
];
