export { getKpis } from "./kpis";
export { getSalesSeries } from "./sales-series";
export { getTopProducts } from "./top-products";
export { getWeekdaySales } from "./weekday-sales";
export { getHourlySales } from "./hourly-sales";
export { getCategoryMix } from "./category-mix";
export { getStaffing } from "./staffing";
export { getProductTrend } from "./product-trend";
