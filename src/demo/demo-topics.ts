/**
 * Realistic example topics for the demo: nested JSON orders, page views whose optional
 * fields come and go, and a plain-text log topic; then what their producers write after a
 * release (`demoChanges`). Deterministic (seeded), so every demo run tells the same story.
 */
export interface DemoTopic {
  name: string;
  partitions: number;
  messages: Array<{ key: string | null; value: string | null }>;
}

/** A small deterministic generator (mulberry32): the demo's data, and the tests' generated data sets. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function hex(random: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += Math.floor(random() * 16).toString(16);
  return text;
}

function uuid(random: () => number): string {
  return `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-a${hex(random, 3)}-${hex(random, 12)}`;
}

function timestamp(random: () => number): string {
  const ms = Date.UTC(2026, 10, 1) + Math.floor(random() * 20 * 86_400_000);
  return new Date(ms).toISOString();
}

/** After the release: customer ids become strings (`C-100000`); consumers that decode a long fail. */
function orders(count: number, release = false): DemoTopic {
  const random = seededRandom(release ? 11 : 1);
  const products = ['keyboard', 'monitor', 'mouse', 'desk lamp', 'usb hub', 'headset'];
  const messages = Array.from({ length: count }, (_, i) => {
    const orderId = uuid(random);
    const lines = Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
      sku: `SKU-${1000 + Math.floor(random() * 9000)}`,
      name: pick(random, products),
      quantity: 1 + Math.floor(random() * 4),
      unitPrice: Math.round(random() * 20000) / 100 + 0.01,
    }));
    const order: Record<string, unknown> = {
      orderId,
      createdAt: timestamp(random),
      status: pick(random, ['placed', 'paid', 'shipped', 'delivered']),
      customer: {
        id: release ? `C-${100_000 + i}` : 100_000 + i,
        email: `customer${i}@example.com`,
        address: { street: `${1 + Math.floor(random() * 200)} Main St`, city: pick(random, ['Lyon', 'Porto', 'Oslo']), zip: `${10000 + i}` },
      },
      lines,
      total: Math.round(lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0) * 100) / 100,
    };
    if (random() < 0.3) order.couponCode = `SAVE${Math.floor(random() * 50)}`;
    return { key: orderId, value: JSON.stringify(order) };
  });
  return { name: 'shop.orders', partitions: 3, messages };
}

/** After the release: some views carry a `device`, a new optional field old consumers skip. */
function pageViews(count: number, release = false): DemoTopic {
  const random = seededRandom(release ? 12 : 2);
  const messages = Array.from({ length: count }, (_, i) => {
    const view: Record<string, unknown> = {
      viewId: 9_007_199_254_740_993n + BigInt(i), // beyond 2^53: must stay exact
      url: pick(random, ['/', '/products', '/cart', '/checkout', '/help']),
      viewedAt: timestamp(random),
      durationMs: Math.floor(random() * 60_000),
    };
    if (random() < 0.6) view.referrer = pick(random, ['https://search.example', 'https://news.example']);
    if (random() < 0.5) view.userId = random() < 0.2 ? null : 1 + Math.floor(random() * 5000);
    if (random() < 0.3) view.experiment = { name: 'new-checkout', variant: pick(random, ['A', 'B']) };
    if (release && random() < 0.7) view.device = pick(random, ['desktop', 'phone', 'tablet']);
    const text = JSON.stringify(view, (_key, value: unknown) => (typeof value === 'bigint' ? `__big${value}` : value)).replace(
      /"__big(\d+)"/g,
      '$1',
    );
    return { key: `session-${Math.floor(random() * 300)}`, value: text };
  });
  return { name: 'web.page-views', partitions: 2, messages };
}

function appLogs(count: number): DemoTopic {
  const random = seededRandom(3);
  const messages = Array.from({ length: count }, () => ({
    key: null,
    value: `${timestamp(random)} ${pick(random, ['INFO', 'WARN', 'ERROR'])} ${pick(random, ['checkout', 'search', 'auth'])}: ${pick(random, ['request served', 'cache miss', 'retrying upstream call', 'user signed in'])}`,
  }));
  return { name: 'ops.app-logs', partitions: 1, messages };
}

export function demoTopics(messagesPerTopic = 200): DemoTopic[] {
  return [orders(messagesPerTopic), pageViews(messagesPerTopic), appLogs(messagesPerTopic)];
}

/** What the producers write after a release: one breaking change (orders) and one safe change (page views). */
export function demoChanges(messagesPerTopic = 200): DemoTopic[] {
  return [orders(messagesPerTopic, true), pageViews(messagesPerTopic, true)];
}
