// Generates the demo store (fixtures/store/*.json) and the demo inbox (fixtures/inbox/*.eml +
// expected.json). Deterministic: running it twice produces identical files, so its output is
// committed and reviewed like source. Run: `npx tsx scripts/gen-fixtures.ts`.
//
// Dates are fixed relative to the demo's "today", 2026-11-24: orders before 2026-09-25 fall
// outside Shopify's default 60-day order window (no read_all_orders scope).
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { Customer, Order, Product } from '../src/domain/shop.ts';
import type { MailingAddress } from '../src/domain/shop.ts';
import { buildInbox } from './gen-inbox.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CURRENCY = 'EUR';
const ADMIN = 'https://admin.shopify.com/store/demo-store';

// ---------------------------------------------------------------------------------------------
// Products
// ---------------------------------------------------------------------------------------------

interface VariantSpec {
  title: string;
  sku: string;
  price?: string;
  stock: number | null;
}
interface ProductSpec {
  title: string;
  handle: string;
  type: string;
  vendor: string;
  price: string;
  tags: string[];
  description: string;
  variants: VariantSpec[];
  status?: string;
}

const v = (title: string, sku: string, stock: number | null, price?: string): VariantSpec => ({ title, sku, stock, ...(price ? { price } : {}) });

const PRODUCTS: ProductSpec[] = [
  {
    title: 'Classic Linen Shirt', handle: 'classic-linen-shirt', type: 'Shirts', vendor: 'Demo Store', price: '59.00',
    tags: ['linen', 'shirt', 'summer', 'camisa', 'chemise', 'Hemd'],
    description: 'Relaxed-fit shirt in washed European linen with mother-of-pearl buttons. Runs true to size.',
    variants: [v('White / S', 'LS-WHT-S', 6), v('White / M', 'LS-WHT-M', 11), v('White / L', 'LS-WHT-L', 4), v('White / XL', 'LS-WHT-XL', 0), v('Blue / M', 'LS-BLU-M', 7), v('Blue / L', 'LS-BLU-L', 2)],
  },
  {
    title: 'Merino Crew Sweater', handle: 'merino-crew-sweater', type: 'Knitwear', vendor: 'Demo Store', price: '89.00',
    tags: ['merino', 'wool', 'sweater', 'jumper', 'knit', 'jersey', 'pull', 'Pullover'],
    description: 'Fine-gauge extra-fine merino crew neck. Slim fit: size up for a relaxed look.',
    variants: [v('Charcoal / S', 'MCS-CHA-S', 3), v('Charcoal / M', 'MCS-CHA-M', 8), v('Charcoal / L', 'MCS-CHA-L', 5), v('Oat / M', 'MCS-OAT-M', 0), v('Oat / L', 'MCS-OAT-L', 2)],
  },
  {
    title: 'Organic Cotton Tee', handle: 'organic-cotton-tee', type: 'T-Shirts', vendor: 'Demo Store', price: '25.00',
    tags: ['cotton', 'organic', 't-shirt', 'tee', 'camiseta', 'T-Shirt'],
    description: 'Heavyweight 220 gsm organic cotton T-shirt, pre-shrunk.',
    variants: [v('Black / S', 'OCT-BLK-S', 20), v('Black / M', 'OCT-BLK-M', 24), v('Black / L', 'OCT-BLK-L', 15), v('White / S', 'OCT-WHT-S', 18), v('White / M', 'OCT-WHT-M', 0), v('White / L', 'OCT-WHT-L', 9)],
  },
  {
    title: 'Wide-Leg Linen Trousers', handle: 'wide-leg-linen-trousers', type: 'Trousers', vendor: 'Demo Store', price: '79.00',
    tags: ['linen', 'trousers', 'pants', 'pantalones', 'pantalon', 'Hose'],
    description: 'High-rise wide-leg trousers with an elasticated back waist. EU sizes.',
    variants: [v('Sand / 34', 'WLT-SND-34', 4), v('Sand / 36', 'WLT-SND-36', 6), v('Sand / 38', 'WLT-SND-38', 0), v('Sand / 40', 'WLT-SND-40', 3), v('Black / 36', 'WLT-BLK-36', 5), v('Black / 38', 'WLT-BLK-38', 2)],
  },
  {
    title: 'Waxed Canvas Tote', handle: 'waxed-canvas-tote', type: 'Bags', vendor: 'Field & Loom', price: '65.00',
    tags: ['bag', 'tote', 'canvas', 'bolso', 'sac', 'Tasche'],
    description: 'Water-resistant waxed cotton canvas tote with leather handles and an inner zip pocket.',
    variants: [v('Default Title', 'WCT-OLV', 14)],
  },
  {
    title: 'Alpaca Wool Scarf', handle: 'alpaca-wool-scarf', type: 'Accessories', vendor: 'Andes Fibre Co.', price: '49.00',
    tags: ['scarf', 'alpaca', 'wool', 'winter', 'bufanda', 'écharpe', 'Schal', 'وشاح', 'شال‌گردن'],
    description: 'Brushed baby alpaca scarf, 180 × 30 cm.',
    variants: [v('Camel', 'AWS-CAM', 12), v('Grey', 'AWS-GRY', 0), v('Burgundy', 'AWS-BUR', 5)],
  },
  {
    title: 'Packable Rain Jacket', handle: 'packable-rain-jacket', type: 'Outerwear', vendor: 'Demo Store', price: '149.00',
    tags: ['jacket', 'rain', 'waterproof', 'chaqueta', 'veste', 'Jacke', 'Regenjacke'],
    description: 'Seam-sealed 2.5-layer waterproof shell that packs into its own pocket.',
    variants: [v('Olive / S', 'PRJ-OLV-S', 2), v('Olive / M', 'PRJ-OLV-M', 0), v('Olive / L', 'PRJ-OLV-L', 3), v('Navy / M', 'PRJ-NVY-M', 6), v('Navy / L', 'PRJ-NVY-L', 4)],
  },
  {
    title: 'Stoneware Mug Set', handle: 'stoneware-mug-set', type: 'Kitchen', vendor: 'Atelier Terre', price: '42.00',
    tags: ['mug', 'ceramic', 'stoneware', 'kitchen', 'set of 4', 'tazas', 'tasses', 'Becher'],
    description: 'Four hand-glazed 350 ml stoneware mugs. Dishwasher and microwave safe.',
    variants: [v('Sand', 'SMS-SND', 9), v('Slate', 'SMS-SLT', 4)],
  },
  {
    title: 'Linen Duvet Cover', handle: 'linen-duvet-cover', type: 'Bedding', vendor: 'Demo Store', price: '119.00',
    tags: ['linen', 'bedding', 'duvet', 'funda nórdica', 'housse de couette', 'Bettbezug'],
    description: 'Stonewashed French flax linen duvet cover with coconut-shell buttons.',
    variants: [v('Single 140 × 200', 'LDC-SGL', 5, '119.00'), v('Double 200 × 200', 'LDC-DBL', 3, '139.00'), v('King 240 × 220', 'LDC-KNG', 0, '159.00')],
  },
  {
    title: 'Linen Pillowcase Pair', handle: 'linen-pillowcase-pair', type: 'Bedding', vendor: 'Demo Store', price: '39.00',
    tags: ['linen', 'bedding', 'pillowcase', 'fundas de almohada', "taies d'oreiller", 'Kissenbezug'],
    description: 'Two stonewashed linen pillowcases with envelope closure.',
    variants: [v('Standard 50 × 75', 'LPP-STD', 16, '39.00'), v('King 50 × 90', 'LPP-KNG', 7, '45.00')],
  },
  {
    title: 'Waffle Bath Towel', handle: 'waffle-bath-towel', type: 'Bath', vendor: 'Demo Store', price: '29.00',
    tags: ['towel', 'bath', 'cotton', 'toalla', 'serviette', 'Handtuch'],
    description: 'Lightweight Turkish cotton waffle towel, 70 × 140 cm. Quick drying.',
    variants: [v('White', 'WBT-WHT', 30), v('Sage', 'WBT-SGE', 12), v('Clay', 'WBT-CLY', 0)],
  },
  {
    title: 'Hand-Poured Soy Candle', handle: 'hand-poured-soy-candle', type: 'Home Fragrance', vendor: 'Lumen & Wick', price: '24.00',
    tags: ['candle', 'soy', 'fragrance', 'vela', 'bougie', 'Kerze', 'شمع'],
    description: '200 g soy wax candle in a reusable amber glass jar, about 40 hours burn time.',
    variants: [v('Fig', 'HSC-FIG', 21), v('Cedar', 'HSC-CED', 8), v('Sea Salt', 'HSC-SEA', 0)],
  },
  {
    title: 'Wool Throw Blanket', handle: 'wool-throw-blanket', type: 'Living', vendor: 'Field & Loom', price: '129.00',
    tags: ['blanket', 'throw', 'wool', 'manta', 'plaid', 'Decke', 'پتو', 'بطانية'],
    description: 'Lambswool herringbone throw, 130 × 180 cm, with hand-twisted fringes.',
    variants: [v('Rust', 'WTB-RST', 0), v('Forest', 'WTB-FOR', 4), v('Oatmeal', 'WTB-OAT', 2)],
  },
  {
    title: 'Ceramic Table Lamp', handle: 'ceramic-table-lamp', type: 'Lighting', vendor: 'Atelier Terre', price: '99.00',
    tags: ['lamp', 'lighting', 'ceramic', 'lámpara', 'lampe', 'Lampe'],
    description: 'Glazed ceramic base with a linen shade, 45 cm tall. E27 bulb not included.',
    variants: [v('Default Title', 'CTL-WHT', 0)],
  },
  {
    title: 'Leather Card Holder', handle: 'leather-card-holder', type: 'Accessories', vendor: 'Demo Store', price: '35.00',
    tags: ['leather', 'wallet', 'card holder', 'cartera', 'porte-cartes', 'Kartenetui'],
    description: 'Vegetable-tanned leather card holder with four card slots.',
    variants: [v('Tan', 'LCH-TAN', 10), v('Black', 'LCH-BLK', 13)],
  },
  {
    title: 'Canvas Sneakers', handle: 'canvas-sneakers', type: 'Footwear', vendor: 'Demo Store', price: '95.00',
    tags: ['shoes', 'sneakers', 'trainers', 'canvas', 'zapatillas', 'baskets', 'Turnschuhe', 'کفش'],
    description: 'Low-top organic canvas sneakers with natural rubber soles. EU sizing; half sizes should size up.',
    variants: [v('EU 38', 'CSN-38', 2), v('EU 39', 'CSN-39', 0), v('EU 40', 'CSN-40', 5), v('EU 41', 'CSN-41', 4), v('EU 42', 'CSN-42', 6), v('EU 43', 'CSN-43', 1), v('EU 44', 'CSN-44', 3)],
  },
  {
    title: 'Cotton Socks 3-Pack', handle: 'cotton-socks-3-pack', type: 'Accessories', vendor: 'Demo Store', price: '18.00',
    tags: ['socks', 'cotton', 'calcetines', 'chaussettes', 'Socken'],
    description: 'Three pairs of combed cotton socks with reinforced heels.',
    variants: [v('S (36–38)', 'CSK-S', 25), v('M (39–42)', 'CSK-M', 40), v('L (43–46)', 'CSK-L', 18)],
  },
  {
    title: 'Oak Serving Board', handle: 'oak-serving-board', type: 'Kitchen', vendor: 'Field & Loom', price: '55.00',
    tags: ['oak', 'wood', 'kitchen', 'board', 'tabla', 'planche', 'Brett'],
    description: 'Solid European oak serving board, 50 × 20 cm, finished with food-safe oil.',
    variants: [v('Default Title', 'OSB-50', 7)],
  },
  {
    title: 'Linen Apron', handle: 'linen-apron', type: 'Kitchen', vendor: 'Demo Store', price: '32.00',
    tags: ['linen', 'apron', 'kitchen', 'delantal', 'tablier', 'Schürze'],
    description: 'Cross-back linen apron with two front pockets. One size.',
    variants: [v('Natural', 'LAP-NAT', 11), v('Charcoal', 'LAP-CHA', 6)],
  },
  {
    title: 'Cashmere Beanie', handle: 'cashmere-beanie', type: 'Accessories', vendor: 'Andes Fibre Co.', price: '69.00',
    tags: ['cashmere', 'hat', 'beanie', 'winter', 'gorro', 'bonnet', 'Mütze'],
    description: 'Rib-knit pure cashmere beanie. One size.',
    variants: [v('Grey', 'CBN-GRY', 5), v('Navy', 'CBN-NVY', 0), v('Cream', 'CBN-CRM', 3)],
  },
  {
    title: 'Denim Chore Jacket', handle: 'denim-chore-jacket', type: 'Outerwear', vendor: 'Demo Store', price: '129.00',
    tags: ['denim', 'jacket', 'workwear', 'chaqueta', 'veste', 'Jacke'],
    description: '12 oz selvedge denim chore coat with three patch pockets. Boxy fit.',
    variants: [v('Indigo / S', 'DCJ-IND-S', 1), v('Indigo / M', 'DCJ-IND-M', 4), v('Indigo / L', 'DCJ-IND-L', 0), v('Indigo / XL', 'DCJ-IND-XL', 2)],
  },
  {
    title: 'Recycled Glass Carafe', handle: 'recycled-glass-carafe', type: 'Kitchen', vendor: 'Atelier Terre', price: '38.00',
    tags: ['glass', 'carafe', 'water', 'jarra', 'carafe en verre', 'Karaffe'],
    description: '1 litre carafe blown from recycled glass, with a matching tumbler lid.',
    variants: [v('Clear', 'RGC-CLR', 8), v('Green', 'RGC-GRN', 0)],
  },
  {
    title: 'Gift Card', handle: 'gift-card', type: 'Gift Cards', vendor: 'Demo Store', price: '25.00',
    tags: ['gift', 'gift card', 'voucher', 'tarjeta regalo', 'carte cadeau', 'Gutschein'],
    description: 'A Demo Store gift card, delivered by email. Never expires.',
    variants: [v('€25', 'GC-25', null, '25.00'), v('€50', 'GC-50', null, '50.00'), v('€100', 'GC-100', null, '100.00')],
  },
];

function buildProducts(): Product[] {
  return PRODUCTS.map((p, i) => {
    const productNum = 8_120_440_000_000 + (i + 1) * 17;
    const variants = p.variants.map((vs, j) => ({
      id: `gid://shopify/ProductVariant/${46_210_000_000_000 + (i + 1) * 100 + j + 1}`,
      title: vs.title,
      sku: vs.sku,
      price: vs.price ?? p.price,
      inventoryQuantity: vs.stock,
      // Untracked inventory (gift cards) is always for sale.
      availableForSale: vs.stock === null || vs.stock > 0,
    }));
    const tracked = variants.filter((x) => x.inventoryQuantity !== null);
    return {
      id: `gid://shopify/Product/${productNum}`,
      title: p.title,
      handle: p.handle,
      description: p.description,
      productType: p.type,
      vendor: p.vendor,
      tags: p.tags,
      status: p.status ?? 'ACTIVE',
      totalInventory: tracked.length === 0 ? null : tracked.reduce((s, x) => s + (x.inventoryQuantity ?? 0), 0),
      onlineStoreUrl: `https://demo-store.example/products/${p.handle}`,
      priceCurrency: CURRENCY,
      variants,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Customers
// ---------------------------------------------------------------------------------------------

interface CustomerSpec {
  key: string;
  firstName: string;
  lastName: string;
  email: string;
  locale: string;
  createdAt: string;
  tags: string[];
  address: Omit<MailingAddress, 'name'>;
}

const addr = (address1: string, city: string, zip: string, country: string, province: string | null = null, address2: string | null = null) => ({ address1, address2, city, province, zip, country });

export const CUSTOMERS: CustomerSpec[] = [
  { key: 'emma', firstName: 'Emma', lastName: 'Johnson', email: 'emma.johnson@example.com', locale: 'en', createdAt: '2026-06-12T09:41:07Z', tags: ['newsletter'], address: addr('14 Elm Grove', 'Bristol', 'BS6 5JU', 'United Kingdom') },
  { key: 'liam', firstName: 'Liam', lastName: "O'Brien", email: 'liam.obrien@example.net', locale: 'en', createdAt: '2026-10-20T18:02:44Z', tags: [], address: addr('3 Harbour View', 'Cork', 'T12 X2Y4', 'Ireland', 'County Cork') },
  { key: 'noah', firstName: 'Noah', lastName: 'Williams', email: 'noah.williams@example.com', locale: 'en', createdAt: '2026-08-21T15:20:31Z', tags: ['vip'], address: addr('2217 Maple Avenue', 'Portland', '97205', 'United States', 'Oregon', 'Apt 4B') },
  { key: 'olivia', firstName: 'Olivia', lastName: 'Brown', email: 'olivia.brown@example.org', locale: 'en', createdAt: '2026-11-10T11:05:12Z', tags: [], address: addr('48 Queen Street', 'Edinburgh', 'EH2 1JX', 'United Kingdom') },
  { key: 'daniel', firstName: 'Daniel', lastName: 'Kim', email: 'daniel.kim@example.com', locale: 'en', createdAt: '2026-10-14T20:44:09Z', tags: [], address: addr('815 Pine Street', 'Seattle', '98101', 'United States', 'Washington') },
  { key: 'grace', firstName: 'Grace', lastName: 'Miller', email: 'grace.miller@example.net', locale: 'en', createdAt: '2026-10-22T07:31:56Z', tags: [], address: addr('77 Orchard Road', 'Boston', '02116', 'United States', 'Massachusetts') },
  { key: 'marco', firstName: 'Marco', lastName: 'Rossi', email: 'marco.rossi@example.org', locale: 'it', createdAt: '2026-11-14T13:12:40Z', tags: [], address: addr('Via Garibaldi 21', 'Torino', '10122', 'Italy', 'TO') },
  { key: 'sofia', firstName: 'Sofía', lastName: 'García', email: 'sofia.garcia@example.org', locale: 'es', createdAt: '2026-09-14T10:18:22Z', tags: ['newsletter'], address: addr('Calle de Lavapiés 32, 2º B', 'Madrid', '28012', 'Spain', 'Madrid') },
  { key: 'javier', firstName: 'Javier', lastName: 'Morales', email: 'javier.morales@example.com', locale: 'es', createdAt: '2026-10-28T16:40:03Z', tags: [], address: addr('Avenida de la Constitución 8', 'Sevilla', '41004', 'Spain', 'Sevilla') },
  { key: 'isabel', firstName: 'Isabel', lastName: 'Fernández', email: 'isabel.fernandez@example.net', locale: 'es', createdAt: '2026-05-20T08:55:17Z', tags: ['repeat'], address: addr('Carrer de Mallorca 190', 'Barcelona', '08036', 'Spain', 'Barcelona') },
  { key: 'camille', firstName: 'Camille', lastName: 'Dubois', email: 'camille.dubois@example.com', locale: 'fr', createdAt: '2026-08-28T19:09:45Z', tags: [], address: addr('27 rue des Martyrs', 'Paris', '75009', 'France') },
  { key: 'antoine', firstName: 'Antoine', lastName: 'Lefèvre', email: 'antoine.lefevre@example.org', locale: 'fr', createdAt: '2026-10-01T12:27:50Z', tags: [], address: addr('5 place Bellecour', 'Lyon', '69002', 'France') },
  { key: 'lukas', firstName: 'Lukas', lastName: 'Schneider', email: 'lukas.schneider@example.com', locale: 'de', createdAt: '2026-07-30T06:48:29Z', tags: [], address: addr('Kastanienallee 12', 'Berlin', '10435', 'Germany') },
  { key: 'hannah', firstName: 'Hannah', lastName: 'Weber', email: 'hannah.weber@example.net', locale: 'de', createdAt: '2026-09-02T17:14:38Z', tags: ['repeat'], address: addr('Schönbrunner Straße 44', 'Wien', '1050', 'Austria') },
  { key: 'sara', firstName: 'Sara', lastName: 'Ahmadi', email: 'sara.ahmadi@example.com', locale: 'fa', createdAt: '2026-09-10T14:03:11Z', tags: [], address: addr('Kinkerstraat 101', 'Amsterdam', '1053 DX', 'Netherlands') },
  { key: 'reza', firstName: 'Reza', lastName: 'Karimi', email: 'reza.karimi@example.net', locale: 'fa', createdAt: '2026-11-16T21:36:02Z', tags: [], address: addr('Sonnenallee 180', 'Berlin', '12059', 'Germany') },
  { key: 'layla', firstName: 'Layla', lastName: 'Haddad', email: 'layla.haddad@example.com', locale: 'ar', createdAt: '2026-11-09T09:50:26Z', tags: [], address: addr('Rue Ste-Catherine 15', 'Bruxelles', '1000', 'Belgium') },
  { key: 'omar', firstName: 'Omar', lastName: 'Khalil', email: 'omar.khalil@example.org', locale: 'ar', createdAt: '2026-11-02T15:58:47Z', tags: [], address: addr('Bergstraße 9', 'Köln', '50667', 'Germany') },
];

// ---------------------------------------------------------------------------------------------
// Orders
// ---------------------------------------------------------------------------------------------

type Carrier = 'UPS' | 'DHL Express' | 'DHL Paket' | 'USPS' | 'Royal Mail' | 'Colissimo' | 'Correos' | 'PostNL';

const TRACKING_URL: Record<Carrier, (n: string) => string> = {
  UPS: (n) => `https://www.ups.com/track?tracknum=${n}`,
  'DHL Express': (n) => `https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=${n}`,
  'DHL Paket': (n) => `https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=${n}`,
  USPS: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}`,
  'Royal Mail': (n) => `https://www.royalmail.com/track-your-item#/tracking-results/${n}`,
  Colissimo: (n) => `https://www.laposte.fr/outils/suivre-vos-envois?code=${n}`,
  Correos: (n) => `https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=${n}`,
  PostNL: (n) => `https://jouw.postnl.nl/track-and-trace/${n}`,
};

interface FulfillmentSpec {
  carrier: Carrier;
  number: string;
  createdAt: string;
  displayStatus: string;
  status?: string;
  eta?: string;
  deliveredAt?: string;
}
interface OrderSpec {
  n: number;
  customer: string;
  createdAt: string;
  items: [sku: string, qty: number][];
  financial: string;
  fulfillment: string;
  fulfillments?: FulfillmentSpec[];
  cancelledAt?: string;
  /** Checkout email when it differs from the customer's account email. */
  checkoutEmail?: string;
  /** Refunds: amount (null = full total), date, note. */
  refunds?: { amount: string | null; createdAt: string; note: string | null }[];
  closed?: boolean;
}

const f = (carrier: Carrier, number: string, createdAt: string, displayStatus: string, extra: Partial<FulfillmentSpec> = {}): FulfillmentSpec => ({ carrier, number, createdAt, displayStatus, ...extra });

export const ORDERS: OrderSpec[] = [
  { n: 1001, customer: 'emma', createdAt: '2026-06-12T09:44:51Z', items: [['LS-WHT-M', 1], ['OCT-BLK-M', 2]], financial: 'PAID', fulfillment: 'FULFILLED', closed: true,
    fulfillments: [f('Royal Mail', 'RM482913075GB', '2026-06-13T10:02:00Z', 'DELIVERED', { deliveredAt: '2026-06-16T11:40:00Z' })] },
  { n: 1002, customer: 'emma', createdAt: '2026-08-03T19:12:30Z', items: [['AWS-CAM', 1]], financial: 'PAID', fulfillment: 'FULFILLED', closed: true,
    fulfillments: [f('Royal Mail', 'RM519204836GB', '2026-08-04T09:15:00Z', 'DELIVERED', { deliveredAt: '2026-08-07T13:05:00Z' })] },
  { n: 1003, customer: 'noah', createdAt: '2026-08-21T15:23:02Z', items: [['WCT-OLV', 1], ['LCH-TAN', 1]], financial: 'PAID', fulfillment: 'FULFILLED', closed: true,
    fulfillments: [f('USPS', '9400111899223334445566', '2026-08-22T16:30:00Z', 'DELIVERED', { deliveredAt: '2026-08-29T18:22:00Z' })] },
  { n: 1004, customer: 'emma', createdAt: '2026-11-16T08:31:19Z', items: [['MCS-CHA-M', 1], ['HSC-FIG', 2]], financial: 'PAID', fulfillment: 'FULFILLED',
    fulfillments: [f('UPS', '1Z999AA10123456784', '2026-11-18T14:10:00Z', 'IN_TRANSIT', { eta: '2026-11-25T18:00:00Z' })] },
  { n: 1005, customer: 'sofia', checkoutEmail: 'sofia.g.trabajo@example.com', createdAt: '2026-11-13T12:08:44Z', items: [['WLT-SND-36', 1], ['LAP-NAT', 1]], financial: 'PAID', fulfillment: 'FULFILLED',
    fulfillments: [f('Correos', 'PQ4F6P0712345670128001V', '2026-11-16T09:20:00Z', 'IN_TRANSIT', { eta: '2026-11-26T19:00:00Z' })] },
  { n: 1006, customer: 'camille', createdAt: '2026-11-05T20:16:37Z', items: [['LDC-DBL', 1], ['LPP-STD', 1]], financial: 'PAID', fulfillment: 'FULFILLED',
    fulfillments: [f('Colissimo', '6A23019384756', '2026-11-06T11:45:00Z', 'DELAYED', { eta: '2026-11-12T18:00:00Z' })] },
  { n: 1007, customer: 'olivia', createdAt: '2026-11-10T11:07:58Z', items: [['PRJ-NVY-M', 1]], financial: 'PAID', fulfillment: 'FULFILLED',
    fulfillments: [f('DHL Express', '4839201756', '2026-11-11T15:00:00Z', 'IN_TRANSIT', { eta: '2026-11-20T17:00:00Z' })] },
  { n: 1008, customer: 'sara', createdAt: '2026-11-12T17:49:03Z', items: [['WTB-FOR', 1], ['HSC-CED', 1], ['CBN-GRY', 1]], financial: 'PAID', fulfillment: 'PARTIALLY_FULFILLED',
    fulfillments: [f('PostNL', '3SDEVC5512948', '2026-11-14T08:30:00Z', 'DELIVERED', { deliveredAt: '2026-11-17T12:14:00Z' })] },
  { n: 1009, customer: 'marco', createdAt: '2026-11-14T13:15:26Z', items: [['SMS-SLT', 1], ['OSB-50', 1]], financial: 'PAID', fulfillment: 'FULFILLED',
    fulfillments: [f('DHL Express', '7716042385', '2026-11-15T10:00:00Z', 'DELIVERED', { deliveredAt: '2026-11-19T09:47:00Z' })] },
  { n: 1010, customer: 'lukas', createdAt: '2026-11-11T07:02:14Z', items: [['DCJ-IND-M', 1], ['CSK-L', 2]], financial: 'PAID', fulfillment: 'FULFILLED',
    fulfillments: [f('DHL Paket', '00340434161094042557', '2026-11-13T13:25:00Z', 'IN_TRANSIT', { eta: '2026-11-24T18:00:00Z' })] },
  { n: 1011, customer: 'liam', createdAt: '2026-10-20T18:05:10Z', items: [['AWS-BUR', 1], ['CBN-CRM', 1]], financial: 'PAID', fulfillment: 'FULFILLED', closed: true,
    fulfillments: [f('UPS', '1Z4A72W80398115520', '2026-10-21T12:00:00Z', 'DELIVERED', { deliveredAt: '2026-10-26T10:31:00Z' })] },
  { n: 1012, customer: 'noah', createdAt: '2026-11-03T22:40:49Z', items: [['CSN-42', 1]], financial: 'PAID', fulfillment: 'FULFILLED',
    fulfillments: [f('USPS', '9400111899561240031872', '2026-11-04T17:00:00Z', 'DELIVERED', { deliveredAt: '2026-11-12T15:08:00Z' })] },
  { n: 1013, customer: 'layla', createdAt: '2026-11-09T09:53:41Z', items: [['LPP-KNG', 2], ['WBT-SGE', 2]], financial: 'PAID', fulfillment: 'FULFILLED',
    fulfillments: [f('UPS', '1Z8V41F96812740093', '2026-11-12T14:40:00Z', 'IN_TRANSIT', { eta: '2026-11-25T18:00:00Z' })] },
  { n: 1014, customer: 'hannah', createdAt: '2026-09-02T17:16:05Z', items: [['WBT-WHT', 4]], financial: 'PAID', fulfillment: 'FULFILLED', closed: true,
    fulfillments: [f('DHL Paket', '00340434161094017735', '2026-09-03T10:00:00Z', 'DELIVERED', { deliveredAt: '2026-09-07T11:12:00Z' })] },
  { n: 1015, customer: 'daniel', createdAt: '2026-10-14T20:47:33Z', items: [['MCS-OAT-L', 1], ['OCT-WHT-L', 2]], financial: 'PARTIALLY_REFUNDED', fulfillment: 'FULFILLED',
    fulfillments: [f('USPS', '9400111899562850046613', '2026-10-15T16:20:00Z', 'DELIVERED', { deliveredAt: '2026-10-21T14:45:00Z' })],
    refunds: [{ amount: '89.00', createdAt: '2026-11-06T10:12:00Z', note: 'Returned Merino Crew Sweater (Oat / L)' }] },
  { n: 1016, customer: 'javier', createdAt: '2026-10-28T16:42:57Z', items: [['PRJ-OLV-L', 1]], financial: 'REFUNDED', fulfillment: 'FULFILLED', closed: true,
    fulfillments: [f('Correos', 'PQ4F6P0722219830128001K', '2026-10-29T09:00:00Z', 'DELIVERED', { deliveredAt: '2026-11-03T12:30:00Z' })],
    refunds: [{ amount: null, createdAt: '2026-11-18T15:40:00Z', note: 'Return received: wrong size' }] },
  { n: 1017, customer: 'hannah', createdAt: '2026-10-08T08:21:16Z', items: [['CTL-WHT', 1]], financial: 'PAID', fulfillment: 'FULFILLED',
    fulfillments: [f('DHL Paket', '00340434161094088214', '2026-10-09T12:00:00Z', 'DELIVERED', { deliveredAt: '2026-10-14T10:04:00Z' })] },
  { n: 1018, customer: 'omar', createdAt: '2026-11-02T16:01:22Z', items: [['DCJ-IND-L', 1]], financial: 'VOIDED', fulfillment: 'UNFULFILLED', cancelledAt: '2026-11-03T09:30:00Z', closed: true },
  { n: 1019, customer: 'grace', createdAt: '2026-10-22T07:34:08Z', items: [['LDC-KNG', 1], ['LPP-KNG', 1]], financial: 'PAID', fulfillment: 'FULFILLED',
    fulfillments: [f('USPS', '9400111899223197428490', '2026-10-23T15:10:00Z', 'ATTEMPTED_DELIVERY', { eta: '2026-10-30T20:00:00Z' })] },
  { n: 1020, customer: 'liam', createdAt: '2026-11-18T21:14:35Z', items: [['PRJ-NVY-L', 1], ['CSK-M', 1]], financial: 'PAID', fulfillment: 'UNFULFILLED' },
  { n: 1021, customer: 'emma', createdAt: '2026-11-06T10:27:42Z', items: [['MCS-CHA-S', 1]], financial: 'PAID', fulfillment: 'FULFILLED',
    fulfillments: [f('Royal Mail', 'RM603317452GB', '2026-11-07T09:40:00Z', 'DELIVERED', { deliveredAt: '2026-11-10T12:22:00Z' })] },
  { n: 1022, customer: 'isabel', createdAt: '2026-11-15T18:33:50Z', items: [['LS-BLU-M', 1]], financial: 'PAID', fulfillment: 'FULFILLED',
    fulfillments: [f('Correos', 'PQ4F6P0733307510128001S', '2026-11-17T08:50:00Z', 'DELIVERED', { deliveredAt: '2026-11-21T11:05:00Z' })] },
  { n: 1023, customer: 'camille', createdAt: '2026-11-20T07:58:03Z', items: [['RGC-CLR', 2], ['SMS-SND', 1]], financial: 'PAID', fulfillment: 'UNFULFILLED' },
  { n: 1024, customer: 'hannah', createdAt: '2026-11-08T15:45:19Z', items: [['WLT-BLK-36', 1]], financial: 'PAID', fulfillment: 'FULFILLED',
    fulfillments: [f('DHL Paket', '00340434161094063325', '2026-11-09T11:30:00Z', 'DELIVERED', { deliveredAt: '2026-11-13T09:55:00Z' })] },
  { n: 1025, customer: 'reza', createdAt: '2026-11-16T21:39:27Z', items: [['HSC-FIG', 3]], financial: 'PAID', fulfillment: 'FULFILLED',
    fulfillments: [f('DHL Paket', '00340434161094071448', '2026-11-17T14:00:00Z', 'DELIVERED', { deliveredAt: '2026-11-20T10:20:00Z' })] },
  { n: 1026, customer: 'layla', createdAt: '2026-11-22T19:05:11Z', items: [['WTB-OAT', 1]], financial: 'AUTHORIZED', fulfillment: 'UNFULFILLED' },
  { n: 1027, customer: 'sofia', createdAt: '2026-09-14T10:21:45Z', items: [['CSN-38', 1], ['CSK-S', 1]], financial: 'PAID', fulfillment: 'FULFILLED', closed: true,
    fulfillments: [f('Correos', 'PQ4F6P0690071240128001Z', '2026-09-15T09:00:00Z', 'DELIVERED', { deliveredAt: '2026-09-18T13:10:00Z' })] },
  { n: 1028, customer: 'camille', createdAt: '2026-08-28T19:11:02Z', items: [['CTL-WHT', 1]], financial: 'REFUNDED', fulfillment: 'UNFULFILLED', cancelledAt: '2026-08-29T08:15:00Z', closed: true,
    refunds: [{ amount: null, createdAt: '2026-08-29T08:15:00Z', note: 'Cancelled: out of stock' }] },
  { n: 1029, customer: 'reza', createdAt: '2026-11-21T10:12:36Z', items: [['DCJ-IND-XL', 1], ['OCT-BLK-L', 1]], financial: 'PAID', fulfillment: 'ON_HOLD' },
  { n: 1030, customer: 'noah', createdAt: '2026-11-19T17:26:08Z', items: [['PRJ-OLV-S', 1], ['CBN-CRM', 1]], financial: 'PAID', fulfillment: 'IN_PROGRESS',
    fulfillments: [f('USPS', '9400111899563017724156', '2026-11-23T19:02:00Z', 'LABEL_PURCHASED', { status: 'OPEN' })] },
  { n: 1031, customer: 'liam', createdAt: '2026-11-23T08:44:27Z', items: [['WBT-SGE', 2], ['HSC-CED', 1]], financial: 'PAID', fulfillment: 'UNFULFILLED' },
  { n: 1032, customer: 'olivia', createdAt: '2026-11-22T16:19:50Z', items: [['LS-WHT-S', 1], ['LAP-CHA', 1]], financial: 'PAID', fulfillment: 'UNFULFILLED' },
  { n: 1033, customer: 'daniel', createdAt: '2026-11-20T23:02:31Z', items: [['CSN-44', 1], ['CSK-L', 1]], financial: 'PAID', fulfillment: 'UNFULFILLED' },
  { n: 1034, customer: 'javier', createdAt: '2026-11-23T12:37:14Z', items: [['LDC-SGL', 1], ['LPP-STD', 2]], financial: 'AUTHORIZED', fulfillment: 'UNFULFILLED' },
  { n: 1035, customer: 'antoine', createdAt: '2026-11-21T09:11:58Z', items: [['WCT-OLV', 1]], financial: 'PENDING', fulfillment: 'UNFULFILLED' },
  { n: 1036, customer: 'hannah', createdAt: '2026-11-12T19:48:40Z', items: [['AWS-BUR', 1], ['CBN-GRY', 1]], financial: 'PAID', fulfillment: 'FULFILLED',
    fulfillments: [f('DHL Paket', '00340434161094099012', '2026-11-14T10:10:00Z', 'IN_TRANSIT', { eta: '2026-11-25T18:00:00Z' })] },
  { n: 1037, customer: 'lukas', createdAt: '2026-07-30T06:51:03Z', items: [['OCT-BLK-M', 3]], financial: 'PAID', fulfillment: 'FULFILLED', closed: true,
    fulfillments: [f('DHL Paket', '00340434161093987621', '2026-07-31T09:00:00Z', 'DELIVERED', { deliveredAt: '2026-08-03T10:40:00Z' })] },
  { n: 1038, customer: 'marco', createdAt: '2026-11-23T20:55:09Z', items: [['GC-50', 1]], financial: 'PENDING', fulfillment: 'UNFULFILLED' },
  { n: 1039, customer: 'antoine', checkoutEmail: 'a.lefevre@example.net', createdAt: '2026-10-01T12:30:21Z', items: [['LS-BLU-L', 1], ['LCH-BLK', 1]], financial: 'PARTIALLY_REFUNDED', fulfillment: 'FULFILLED', closed: true,
    fulfillments: [f('Colissimo', '6A22871093355', '2026-10-02T10:30:00Z', 'DELIVERED', { deliveredAt: '2026-10-04T14:00:00Z' })],
    refunds: [{ amount: '35.00', createdAt: '2026-10-15T09:05:00Z', note: 'Card holder returned' }] },
  { n: 1040, customer: 'omar', createdAt: '2026-11-19T11:40:57Z', items: [['OCT-BLK-L', 2], ['AWS-CAM', 1]], financial: 'PAID', fulfillment: 'FULFILLED',
    fulfillments: [f('UPS', '1Z0F93E46890211847', '2026-11-20T13:00:00Z', 'OUT_FOR_DELIVERY', { eta: '2026-11-24T18:00:00Z' })] },
  { n: 1041, customer: 'isabel', createdAt: '2026-05-20T08:58:33Z', items: [['HSC-SEA', 2], ['WBT-CLY', 2]], financial: 'PAID', fulfillment: 'FULFILLED', closed: true,
    fulfillments: [f('Correos', 'PQ4F6P0588813370128001M', '2026-05-21T09:00:00Z', 'DELIVERED', { deliveredAt: '2026-05-25T12:00:00Z' })] },
  { n: 1042, customer: 'sara', checkoutEmail: 'sara.ahmadi.nl@example.net', createdAt: '2026-09-10T14:06:49Z', items: [['WTB-RST', 1]], financial: 'PAID', fulfillment: 'FULFILLED', closed: true,
    fulfillments: [f('PostNL', '3SDEVC4470021', '2026-09-11T08:00:00Z', 'DELIVERED', { deliveredAt: '2026-09-12T15:30:00Z' })] },
];

const cents = (amount: string): number => Math.round(Number(amount) * 100);
const money = (c: number) => ({ amount: (c / 100).toFixed(2), currencyCode: CURRENCY });
/** Free shipping from €75, otherwise a flat €4.95. */
const shippingCents = (subtotal: number) => (subtotal >= 7500 ? 0 : 495);

export function orderGid(n: number): string {
  return `gid://shopify/Order/${orderNumericId(n)}`;
}
function orderNumericId(n: number): number {
  return 6_204_817_000_000 + n * 13;
}

function buildOrders(products: Product[]): Order[] {
  const variantBySku = new Map(products.flatMap((p) => p.variants.map((x) => [x.sku, { product: p, variant: x }] as const)));
  const customerByKey = new Map(CUSTOMERS.map((c) => [c.key, c]));
  return ORDERS.map((o) => {
    const c = customerByKey.get(o.customer);
    if (!c) throw new Error(`order ${o.n}: unknown customer ${o.customer}`);
    let subtotal = 0;
    const lineItems = o.items.map(([sku, quantity]) => {
      const hit = variantBySku.get(sku);
      if (!hit) throw new Error(`order ${o.n}: unknown sku ${sku}`);
      subtotal += cents(hit.variant.price) * quantity;
      return { title: hit.product.title, variantTitle: hit.variant.title === 'Default Title' ? null : hit.variant.title, sku, quantity };
    });
    const total = subtotal + shippingCents(subtotal);
    const processedAt = new Date(Date.parse(o.createdAt) + 4_000).toISOString().replace('.000Z', 'Z');
    return {
      id: orderGid(o.n),
      name: `#${o.n}`,
      email: o.checkoutEmail ?? c.email,
      customerEmail: c.email,
      customerName: `${c.firstName} ${c.lastName}`,
      createdAt: o.createdAt,
      processedAt,
      cancelledAt: o.cancelledAt ?? null,
      closed: o.closed ?? false,
      financialStatus: o.financial,
      fulfillmentStatus: o.fulfillment,
      total: money(total),
      lineItems,
      shippingAddress: { name: `${c.firstName} ${c.lastName}`, ...c.address },
      fulfillments: (o.fulfillments ?? []).map((x) => ({
        status: x.status ?? 'SUCCESS',
        displayStatus: x.displayStatus,
        createdAt: x.createdAt,
        estimatedDeliveryAt: x.eta ?? null,
        deliveredAt: x.deliveredAt ?? null,
        trackingInfo: [{ company: x.carrier, number: x.number, url: TRACKING_URL[x.carrier](x.number) }],
      })),
      refunds: (o.refunds ?? []).map((r) => ({ createdAt: r.createdAt, total: r.amount === null ? money(total) : money(cents(r.amount)), note: r.note })),
      adminUrl: `${ADMIN}/orders/${orderNumericId(o.n)}`,
    };
  });
}

function buildCustomers(orders: Order[]): Customer[] {
  return CUSTOMERS.map((c, i) => {
    const mine = orders.filter((o) => o.customerEmail === c.email);
    // Shopify's amountSpent: what the customer paid, net of refunds; unpaid and voided orders count nothing.
    const spent = mine
      .filter((o) => ['PAID', 'PARTIALLY_REFUNDED', 'REFUNDED'].includes(o.financialStatus))
      .reduce((s, o) => s + cents(o.total.amount) - o.refunds.reduce((r, x) => r + cents(x.total.amount), 0), 0);
    return {
      id: `gid://shopify/Customer/${7_350_912_000_000 + (i + 1) * 29}`,
      email: c.email,
      firstName: c.firstName,
      lastName: c.lastName,
      numberOfOrders: mine.length,
      amountSpent: money(spent),
      tags: c.tags,
      createdAt: c.createdAt,
      locale: c.locale,
    };
  });
}

async function writeJson(path: string, data: unknown): Promise<void> {
  await writeFile(path, `${JSON.stringify(data, null, 2)}\n`);
}

async function main(): Promise<void> {
  const products = z.array(Product).parse(buildProducts());
  const orders = z.array(Order).parse(buildOrders(products));
  const customers = z.array(Customer).parse(buildCustomers(orders));
  const storeDir = `${ROOT}fixtures/store/`;
  await mkdir(storeDir, { recursive: true });
  await writeJson(`${storeDir}products.json`, products);
  await writeJson(`${storeDir}orders.json`, orders);
  await writeJson(`${storeDir}customers.json`, customers);

  const inboxDir = `${ROOT}fixtures/inbox/`;
  await mkdir(inboxDir, { recursive: true });
  for (const name of await readdir(inboxDir)) if (name.endsWith('.eml')) await rm(`${inboxDir}${name}`);
  const inbox = await buildInbox();
  for (const mail of inbox) await writeFile(`${inboxDir}${mail.file}`, mail.raw);
  await writeJson(`${inboxDir}expected.json`, Object.fromEntries(inbox.map((m) => [m.file, m.expected])));
  console.log(`products ${products.length}, orders ${orders.length}, customers ${customers.length}, emails ${inbox.length}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
