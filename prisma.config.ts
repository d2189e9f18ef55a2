import { defineConfig } from "prisma/config";

// The CLI reads the schema from here; the runtime client gets its connection from
// lib/db (driver adapter), so no datasource URL is needed for `generate`.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
