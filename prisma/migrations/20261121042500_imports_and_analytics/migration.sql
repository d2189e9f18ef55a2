-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('SALES', 'INVENTORY_COUNTS', 'PRODUCTS', 'CUSTOMERS', 'STAFF_SHIFTS');

-- CreateEnum
CREATE TYPE "ImportSource" AS ENUM ('UPLOAD', 'GOOGLE_SHEET');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('UPLOADED', 'VALIDATING', 'VALIDATED', 'COMMITTING', 'COMPLETED', 'FAILED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ImportRowOutcome" AS ENUM ('CREATED', 'UPDATED', 'UNCHANGED', 'INVALID');

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "importRunId" TEXT;

-- CreateTable
CREATE TABLE "ImportFile" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "contentType" TEXT NOT NULL DEFAULT 'text/csv',
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportFileChunk" (
    "fileId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "ImportFileChunk_pkey" PRIMARY KEY ("fileId","index")
);

-- CreateTable
CREATE TABLE "ImportRun" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "source" "ImportSource" NOT NULL DEFAULT 'UPLOAD',
    "status" "ImportStatus" NOT NULL DEFAULT 'UPLOADED',
    "fileId" TEXT,
    "sheetSourceId" TEXT,
    "fileName" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "delimiter" TEXT NOT NULL DEFAULT ',',
    "encoding" TEXT NOT NULL DEFAULT 'utf-8',
    "headerRow" INTEGER NOT NULL DEFAULT 1,
    "headers" TEXT[],
    "mapping" JSONB,
    "bytesTotal" INTEGER NOT NULL DEFAULT 0,
    "bytesProcessed" INTEGER NOT NULL DEFAULT 0,
    "rowsProcessed" INTEGER NOT NULL DEFAULT 0,
    "rowsValid" INTEGER NOT NULL DEFAULT 0,
    "rowsInvalid" INTEGER NOT NULL DEFAULT 0,
    "createdCount" INTEGER NOT NULL DEFAULT 0,
    "updatedCount" INTEGER NOT NULL DEFAULT 0,
    "unchangedCount" INTEGER NOT NULL DEFAULT 0,
    "duplicateOfId" TEXT,
    "failureReason" TEXT,
    "autoCommit" BOOLEAN NOT NULL DEFAULT false,
    "cancelRequestedAt" TIMESTAMP(3),
    "actorType" "ActorType" NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "validationStartedAt" TIMESTAMP(3),
    "validatedAt" TIMESTAMP(3),
    "commitStartedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportRow" (
    "importRunId" TEXT NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "orgId" TEXT NOT NULL,
    "naturalKey" TEXT,
    "data" JSONB,
    "raw" JSONB,
    "errors" JSONB,
    "outcome" "ImportRowOutcome",
    "entityType" TEXT,
    "entityId" TEXT,
    "changes" JSONB,

    CONSTRAINT "ImportRow_pkey" PRIMARY KEY ("importRunId","rowNumber")
);

-- CreateTable
CREATE TABLE "ImportMapping" (
    "orgId" TEXT NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "mapping" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportMapping_pkey" PRIMARY KEY ("orgId","kind")
);

-- CreateTable
CREATE TABLE "SheetSource" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "sheetUrl" TEXT NOT NULL,
    "csvUrl" TEXT NOT NULL,
    "mapping" JSONB,
    "syncEveryMinutes" INTEGER,
    "nextSyncAt" TIMESTAMP(3),
    "lastSyncedAt" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SheetSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffShift" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "person" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "startAt" TIMESTAMP(3) NOT NULL,
    "endAt" TIMESTAMP(3) NOT NULL,
    "importRunId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffShift_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SalesDaily" (
    "orgId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "variantId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "channel" "SalesChannel" NOT NULL,
    "units" INTEGER NOT NULL,
    "revenueMinor" INTEGER NOT NULL,
    "discountMinor" INTEGER NOT NULL,
    "costMinor" INTEGER NOT NULL,
    "lines" INTEGER NOT NULL,

    CONSTRAINT "SalesDaily_pkey" PRIMARY KEY ("orgId","day","variantId","locationId","channel")
);

-- CreateTable
CREATE TABLE "SalesHourly" (
    "orgId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "hour" INTEGER NOT NULL,
    "locationId" TEXT NOT NULL,
    "channel" "SalesChannel" NOT NULL,
    "orders" INTEGER NOT NULL,
    "units" INTEGER NOT NULL,
    "revenueMinor" INTEGER NOT NULL,
    "costMinor" INTEGER NOT NULL,

    CONSTRAINT "SalesHourly_pkey" PRIMARY KEY ("orgId","day","hour","locationId","channel")
);

-- CreateTable
CREATE TABLE "StockOutPeriod" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "variantId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "StockOutPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportFile_orgId_sha256_idx" ON "ImportFile"("orgId", "sha256");

-- CreateIndex
CREATE INDEX "ImportRun_orgId_createdAt_idx" ON "ImportRun"("orgId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "ImportRun_orgId_kind_fileSha256_idx" ON "ImportRun"("orgId", "kind", "fileSha256");

-- CreateIndex
CREATE UNIQUE INDEX "ImportRun_orgId_number_key" ON "ImportRun"("orgId", "number");

-- CreateIndex
CREATE INDEX "ImportRow_importRunId_outcome_idx" ON "ImportRow"("importRunId", "outcome");

-- CreateIndex
CREATE INDEX "SheetSource_nextSyncAt_idx" ON "SheetSource"("nextSyncAt");

-- CreateIndex
CREATE UNIQUE INDEX "SheetSource_orgId_name_key" ON "SheetSource"("orgId", "name");

-- CreateIndex
CREATE INDEX "StaffShift_orgId_startAt_idx" ON "StaffShift"("orgId", "startAt");

-- CreateIndex
CREATE UNIQUE INDEX "StaffShift_orgId_person_locationId_startAt_key" ON "StaffShift"("orgId", "person", "locationId", "startAt");

-- CreateIndex
CREATE INDEX "SalesDaily_orgId_variantId_day_idx" ON "SalesDaily"("orgId", "variantId", "day");

-- CreateIndex
CREATE INDEX "StockOutPeriod_orgId_startedAt_idx" ON "StockOutPeriod"("orgId", "startedAt");

-- CreateIndex
CREATE INDEX "StockOutPeriod_orgId_variantId_locationId_startedAt_idx" ON "StockOutPeriod"("orgId", "variantId", "locationId", "startedAt");

-- CreateIndex
CREATE INDEX "Order_importRunId_idx" ON "Order"("importRunId");

-- AddForeignKey
ALTER TABLE "ImportFile" ADD CONSTRAINT "ImportFile_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportFileChunk" ADD CONSTRAINT "ImportFileChunk_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "ImportFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportRun" ADD CONSTRAINT "ImportRun_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportRun" ADD CONSTRAINT "ImportRun_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "ImportFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportRun" ADD CONSTRAINT "ImportRun_sheetSourceId_fkey" FOREIGN KEY ("sheetSourceId") REFERENCES "SheetSource"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportRow" ADD CONSTRAINT "ImportRow_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportRow" ADD CONSTRAINT "ImportRow_importRunId_fkey" FOREIGN KEY ("importRunId") REFERENCES "ImportRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportMapping" ADD CONSTRAINT "ImportMapping_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SheetSource" ADD CONSTRAINT "SheetSource_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffShift" ADD CONSTRAINT "StaffShift_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesDaily" ADD CONSTRAINT "SalesDaily_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesHourly" ADD CONSTRAINT "SalesHourly_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockOutPeriod" ADD CONSTRAINT "StockOutPeriod_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
