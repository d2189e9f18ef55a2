/** The demo shop's range: a small clothing and homeware store. Prices in pence. */
export type DemoProduct = {
  name: string;
  category: string;
  supplier: string;
  options: Record<string, string[]>;
  price: number;
  cost: number;
  /** Relative popularity; sales are drawn in proportion. */
  popularity: number;
  allowBackorder?: boolean;
};

export const DEMO_LOCATIONS = [
  { code: "SHOP", name: "High Street shop", address: "12 High Street, York" },
  { code: "WH", name: "Back room & web orders", address: "Unit 4, Clifton Moor, York" },
];

export const DEMO_SUPPLIERS = [
  { name: "Northern Mills", email: "orders@northernmills.test", leadTimeDays: 10 },
  { name: "Coastline Apparel", email: "trade@coastline.test", leadTimeDays: 14 },
  { name: "Hearth & Home Co.", email: "sales@hearthhome.test", leadTimeDays: 7 },
  { name: "Peak Outdoor Supply", email: "b2b@peakoutdoor.test", leadTimeDays: 21 },
  { name: "Little Press Stationery", email: "hello@littlepress.test", leadTimeDays: 5 },
];

const SIZES = ["XS", "S", "M", "L", "XL"];
const COLOURS = ["Black", "Navy", "Oat", "Forest"];

// prettier-ignore
export const DEMO_PRODUCTS: DemoProduct[] = [
  { name: "Merino crew jumper", category: "Knitwear", supplier: "Northern Mills", options: { Size: SIZES, Colour: COLOURS }, price: 8900, cost: 3400, popularity: 6 },
  { name: "Lambswool beanie", category: "Accessories", supplier: "Northern Mills", options: { Colour: COLOURS }, price: 2400, cost: 800, popularity: 8 },
  { name: "Cable-knit cardigan", category: "Knitwear", supplier: "Northern Mills", options: { Size: SIZES, Colour: ["Oat", "Charcoal"] }, price: 11500, cost: 4600, popularity: 3, allowBackorder: true },
  { name: "Organic cotton tee", category: "Tops", supplier: "Coastline Apparel", options: { Size: SIZES, Colour: ["White", "Black", "Sage", "Sky"] }, price: 2800, cost: 900, popularity: 14 },
  { name: "Linen shirt", category: "Tops", supplier: "Coastline Apparel", options: { Size: SIZES, Colour: ["White", "Blue"] }, price: 6500, cost: 2300, popularity: 7 },
  { name: "Breton stripe top", category: "Tops", supplier: "Coastline Apparel", options: { Size: SIZES }, price: 4200, cost: 1500, popularity: 6 },
  { name: "Chino trousers", category: "Bottoms", supplier: "Coastline Apparel", options: { Waist: ["28", "30", "32", "34", "36"], Colour: ["Stone", "Navy"] }, price: 5900, cost: 2100, popularity: 6 },
  { name: "Selvedge jeans", category: "Bottoms", supplier: "Coastline Apparel", options: { Waist: ["28", "30", "32", "34", "36"], Leg: ["30", "32"] }, price: 9500, cost: 3900, popularity: 5 },
  { name: "Waxed field jacket", category: "Outerwear", supplier: "Peak Outdoor Supply", options: { Size: ["S", "M", "L", "XL"], Colour: ["Olive", "Navy"] }, price: 18900, cost: 7900, popularity: 3, allowBackorder: true },
  { name: "Packable rain shell", category: "Outerwear", supplier: "Peak Outdoor Supply", options: { Size: ["S", "M", "L", "XL"] }, price: 7900, cost: 3100, popularity: 4 },
  { name: "Walking socks (3 pack)", category: "Accessories", supplier: "Peak Outdoor Supply", options: { Size: ["4-6", "7-9", "10-12"] }, price: 1800, cost: 600, popularity: 12 },
  { name: "Canvas tote bag", category: "Accessories", supplier: "Coastline Apparel", options: { Colour: ["Natural", "Black"] }, price: 1500, cost: 450, popularity: 10 },
  { name: "Stoneware mug", category: "Homeware", supplier: "Hearth & Home Co.", options: { Glaze: ["Speckle", "Cobalt", "Moss"] }, price: 1600, cost: 550, popularity: 11 },
  { name: "Linen tea towel", category: "Homeware", supplier: "Hearth & Home Co.", options: { Pattern: ["Check", "Stripe", "Plain"] }, price: 1200, cost: 350, popularity: 9 },
  { name: "Soy wax candle", category: "Homeware", supplier: "Hearth & Home Co.", options: { Scent: ["Fig", "Cedar", "Neroli", "Smoke"], Size: ["Small", "Large"] }, price: 2200, cost: 700, popularity: 10 },
  { name: "Wool throw", category: "Homeware", supplier: "Northern Mills", options: { Colour: ["Oat", "Forest", "Rust"] }, price: 7500, cost: 3000, popularity: 3 },
  { name: "Ceramic planter", category: "Homeware", supplier: "Hearth & Home Co.", options: { Size: ["Small", "Medium", "Large"] }, price: 2600, cost: 900, popularity: 5 },
  { name: "Dot-grid notebook", category: "Stationery", supplier: "Little Press Stationery", options: { Size: ["A5", "A6"], Colour: ["Black", "Terracotta", "Sage"] }, price: 1400, cost: 400, popularity: 12 },
  { name: "Greetings card", category: "Stationery", supplier: "Little Press Stationery", options: { Design: ["Birthday", "Thank you", "Congrats", "Blank", "Wedding", "New home"] }, price: 350, cost: 90, popularity: 16 },
  { name: "Brass pen", category: "Stationery", supplier: "Little Press Stationery", options: { Finish: ["Raw", "Black"] }, price: 3200, cost: 1100, popularity: 3 },
  { name: "Leather card holder", category: "Accessories", supplier: "Coastline Apparel", options: { Colour: ["Tan", "Black", "Green"] }, price: 3500, cost: 1200, popularity: 5 },
  { name: "Recycled wool scarf", category: "Accessories", supplier: "Northern Mills", options: { Colour: ["Grey", "Camel", "Forest", "Berry"] }, price: 3900, cost: 1400, popularity: 6 },
  { name: "Merino base layer", category: "Tops", supplier: "Peak Outdoor Supply", options: { Size: SIZES }, price: 5500, cost: 2200, popularity: 4 },
  { name: "Hiking shorts", category: "Bottoms", supplier: "Peak Outdoor Supply", options: { Size: SIZES }, price: 4500, cost: 1700, popularity: 4 },
  { name: "Enamel water bottle", category: "Homeware", supplier: "Peak Outdoor Supply", options: { Colour: ["White", "Green", "Orange"] }, price: 2000, cost: 700, popularity: 6 },
  { name: "Heavyweight hoodie", category: "Tops", supplier: "Coastline Apparel", options: { Size: SIZES, Colour: COLOURS }, price: 6900, cost: 2600, popularity: 7 },
  { name: "Corduroy overshirt", category: "Outerwear", supplier: "Coastline Apparel", options: { Size: SIZES, Colour: ["Tobacco", "Navy", "Olive"] }, price: 7900, cost: 3000, popularity: 3 },
  { name: "Pleated midi skirt", category: "Bottoms", supplier: "Coastline Apparel", options: { Size: SIZES, Colour: ["Black", "Rust", "Sage"] }, price: 6200, cost: 2300, popularity: 3 },
  { name: "Everyday cotton socks", category: "Accessories", supplier: "Northern Mills", options: { Size: ["4-6", "7-9", "10-12"], Colour: ["Grey", "Navy", "Mustard", "Red", "Green"] }, price: 900, cost: 250, popularity: 13 },
  { name: "Wool flat cap", category: "Accessories", supplier: "Northern Mills", options: { Size: ["S", "M", "L"], Colour: ["Tweed", "Grey", "Brown"] }, price: 3400, cost: 1200, popularity: 2 },
  { name: "Leather belt", category: "Accessories", supplier: "Coastline Apparel", options: { Size: ["S", "M", "L", "XL"], Colour: ["Tan", "Black"] }, price: 4500, cost: 1600, popularity: 3 },
  { name: "Silk scarf", category: "Accessories", supplier: "Coastline Apparel", options: { Pattern: ["Paisley", "Floral", "Geometric", "Birds", "Waves", "Dots"] }, price: 4800, cost: 1700, popularity: 2 },
  { name: "Linen napkins (set of 4)", category: "Homeware", supplier: "Hearth & Home Co.", options: { Colour: ["White", "Oat", "Sage", "Clay", "Charcoal"] }, price: 2800, cost: 950, popularity: 4 },
  { name: "Herb seed kit", category: "Homeware", supplier: "Hearth & Home Co.", options: { Herb: ["Basil", "Mint", "Thyme", "Chives", "Parsley", "Coriander"] }, price: 800, cost: 250, popularity: 6 },
  { name: "Wall calendar 2027", category: "Stationery", supplier: "Little Press Stationery", options: {}, price: 1500, cost: 450, popularity: 5 },
  { name: "Jigsaw puzzle (1000 pieces)", category: "Stationery", supplier: "Little Press Stationery", options: { Design: ["Coast", "Moors", "Minster", "Garden", "Library"] }, price: 2200, cost: 800, popularity: 4 },
  { name: "Insulated travel mug", category: "Homeware", supplier: "Peak Outdoor Supply", options: { Colour: ["Black", "Sand", "Teal", "Coral"] }, price: 2500, cost: 900, popularity: 5 },
  { name: "Oak chopping board", category: "Homeware", supplier: "Hearth & Home Co.", options: { Size: ["Small", "Medium", "Large"] }, price: 3600, cost: 1400, popularity: 3 },
  { name: "Lambswool gloves", category: "Accessories", supplier: "Northern Mills", options: { Size: ["S", "M", "L"], Colour: ["Grey", "Navy", "Camel", "Forest"] }, price: 2600, cost: 900, popularity: 4 },
  { name: "Quilted gilet", category: "Outerwear", supplier: "Peak Outdoor Supply", options: { Size: SIZES, Colour: ["Black", "Olive", "Navy"] }, price: 8500, cost: 3300, popularity: 3 },
  { name: "Cashmere scarf", category: "Accessories", supplier: "Northern Mills", options: { Colour: ["Camel", "Grey", "Navy", "Berry", "Cream", "Black"] }, price: 9900, cost: 4200, popularity: 2, allowBackorder: true },
  { name: "Kids' raincoat", category: "Kids", supplier: "Peak Outdoor Supply", options: { Age: ["2-3", "4-5", "6-7", "8-9", "10-11"], Colour: ["Yellow", "Red", "Navy"] }, price: 3800, cost: 1400, popularity: 4 },
  { name: "Kids' wellies", category: "Kids", supplier: "Peak Outdoor Supply", options: { Size: ["7", "8", "9", "10", "11", "12", "13", "1"], Colour: ["Yellow", "Navy"] }, price: 2200, cost: 800, popularity: 4 },
];

/** Every combination of a product's option values, e.g. Size × Colour. */
export function variantCombinations(options: Record<string, string[]>): string[][] {
  return Object.values(options).reduce<string[][]>(
    (combos, values) => combos.flatMap((c) => values.map((v) => [...c, v])),
    [[]],
  );
}

// prettier-ignore
export const FIRST_NAMES = ["Amelia", "Oliver", "Isla", "George", "Ava", "Noah", "Ivy", "Arthur", "Freya", "Leo", "Lily", "Oscar", "Florence", "Harry", "Rosie", "Jack", "Evie", "Theo", "Grace", "Alfie", "Sophia", "Finley", "Poppy", "Archie", "Mia", "Henry", "Isabella", "Charlie", "Ella", "Thomas", "Priya", "Mohammed", "Aisha", "Yusuf", "Mei", "Kenji", "Zara", "Kofi", "Niamh", "Callum"];
// prettier-ignore
export const LAST_NAMES = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Khan", "Lewis", "Harris", "Martin", "Cooper", "Hughes", "Edwards", "Hill", "Moore", "Okafor", "Nguyen", "Kowalski", "O'Brien", "MacLeod", "Ahmed"];
// prettier-ignore
export const CITIES = ["York", "Leeds", "Harrogate", "Malton", "Selby", "Scarborough", "Manchester", "London", "Edinburgh", "Durham"];
export const TAGS = ["vip", "wholesale", "local", "newsletter", "gift-buyer", "outdoors"];
