-- CreateTable
CREATE TABLE "SalesDayTotal" (
    "orgId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "locationId" TEXT NOT NULL,
    "channel" "SalesChannel" NOT NULL,
    "orders" INTEGER NOT NULL,
    "units" INTEGER NOT NULL,
    "revenueMinor" INTEGER NOT NULL,
    "discountMinor" INTEGER NOT NULL,
    "costMinor" INTEGER NOT NULL,
    "lines" INTEGER NOT NULL,

    CONSTRAINT "SalesDayTotal_pkey" PRIMARY KEY ("orgId","day","locationId","channel")
);

-- CreateTable
CREATE TABLE "SalesDayProduct" (
    "orgId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "productId" TEXT NOT NULL,
    "units" INTEGER NOT NULL,
    "revenueMinor" INTEGER NOT NULL,
    "discountMinor" INTEGER NOT NULL,
    "costMinor" INTEGER NOT NULL,
    "lines" INTEGER NOT NULL,

    CONSTRAINT "SalesDayProduct_pkey" PRIMARY KEY ("orgId","day","productId")
);

-- CreateTable
CREATE TABLE "SalesMonthProduct" (
    "orgId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "productId" TEXT NOT NULL,
    "units" INTEGER NOT NULL,
    "revenueMinor" INTEGER NOT NULL,
    "discountMinor" INTEGER NOT NULL,
    "costMinor" INTEGER NOT NULL,
    "lines" INTEGER NOT NULL,

    CONSTRAINT "SalesMonthProduct_pkey" PRIMARY KEY ("orgId","month","productId")
);

-- AddForeignKey
ALTER TABLE "SalesDayTotal" ADD CONSTRAINT "SalesDayTotal_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesDayProduct" ADD CONSTRAINT "SalesDayProduct_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesMonthProduct" ADD CONSTRAINT "SalesMonthProduct_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
