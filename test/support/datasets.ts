import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isJsonObject, type JsonValue } from '../../src/json/value';
import { seededRandom } from '../../src/demo/demo-topics';

/**
 * Data of the shapes that inference must get right (issue 14), generated with a seed so that
 * every run sees the same messages, and loaders for public data sets that npm packages ship.
 * Generated values are made of plain JSON (numbers, strings, booleans, null, arrays, objects).
 */

/** A small deterministic generator (mulberry32), the demo's. */
export const seeded = seededRandom;

type Random = () => number;
const int = (random: Random, below: number) => Math.floor(random() * below);
const pick = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)]!;
/** `count` distinct items of `items`. */
function some<T>(random: Random, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(pick(random, items));
  return [...chosen];
}
const hex = (random: Random, n: number) => Array.from({ length: n }, () => '0123456789abcdef'[int(random, 16)]).join('');
const uuid = (random: Random) => `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-a${hex(random, 3)}-${hex(random, 12)}`;
const time = (random: Random) => new Date(Date.UTC(2025, 0, 1) + int(random, 300 * 86_400) * 1000).toISOString();

const FIRST = [
  'ann',
  'bob',
  'carla',
  'dmitri',
  'eve',
  'farah',
  'gus',
  'hana',
  'ivan',
  'jo',
  'kemal',
  'lin',
  'mia',
  'nils',
  'olga',
  'pia',
  'quinn',
  'raj',
  'sofia',
  'tom',
  'uma',
  'vic',
  'wen',
  'xavi',
  'yara',
];
const DOMAINS = ['corp.example', 'mail.example.org'];

/** `{"game_id", "round", "scores": {<e-mail>: points}}`: 3 of 50 users per message. */
export function emailScores(count: number, seed = 1): JsonValue[] {
  const random = seeded(seed);
  const users = FIRST.flatMap((name) => DOMAINS.map((domain) => `${name}@${domain}`));
  return Array.from({ length: count }, (_, i) => ({
    game_id: uuid(random),
    round: i,
    scores: Object.fromEntries(some(random, users, 3).map((user) => [user, int(random, 100)])),
  }));
}

/** Consumer lag by broker host name: `host-7.prod.internal` (2 to 5 of 30 hosts per message). */
export function hostLag(count: number, seed = 2): JsonValue[] {
  const random = seeded(seed);
  const hosts = Array.from({ length: 30 }, (_, i) => `host-${i}.${i % 2 ? 'prod' : 'stage'}.internal`);
  return Array.from({ length: count }, () => ({
    group: pick(random, ['billing', 'search', 'mailer']),
    at: time(random),
    lag_by_host: Object.fromEntries(some(random, hosts, 2 + int(random, 4)).map((host) => [host, int(random, 5000)])),
  }));
}

/** Stock by SKU (`sku_42`, 40 SKUs) and sessions by user (`user-123`, 50 users): a few per message. */
export function prefixedIds(count: number, seed = 3): JsonValue[] {
  const random = seeded(seed);
  return Array.from({ length: count }, () => ({
    warehouse: pick(random, ['north', 'south']),
    stock: Object.fromEntries(
      Array.from({ length: 1 + int(random, 4) }, () => [`sku_${10 + 7 * int(random, 40)}`, { qty: int(random, 90), reserved: int(random, 9) }]),
    ),
    sessions: Object.fromEntries(
      Array.from({ length: 1 + int(random, 3) }, () => [`user-${100 + 13 * int(random, 50)}`, { pages: int(random, 30), last_seen: time(random) }]),
    ),
  }));
}

/** Hits by URL path and backlinks by URL. */
export function pathsAndUrls(count: number, seed = 4): JsonValue[] {
  const random = seeded(seed);
  const resources = ['users', 'orders', 'carts', 'invoices', 'search'];
  return Array.from({ length: count }, () => ({
    service: 'web',
    hits_by_path: Object.fromEntries(
      Array.from({ length: 1 + int(random, 4) }, () => [`/api/v${1 + int(random, 2)}/${pick(random, resources)}/${int(random, 4)}`, int(random, 1000)]),
    ),
    backlinks: Object.fromEntries(
      Array.from({ length: 1 + int(random, 2) }, () => [
        `https://${pick(random, ['docs', 'blog', 'news'])}.example.com/p/${int(random, 9)}`,
        { clicks: int(random, 50) },
      ]),
    ),
  }));
}

/** Gist-like payloads: `files` keyed by file name. */
export function gists(count: number, seed = 5): JsonValue[] {
  const random = seeded(seed);
  const stems = ['main', 'notes', 'hello_world', 'README', 'config', 'query', 'gistfile1'];
  const kinds: Array<[string, string]> = [
    ['rb', 'Ruby'],
    ['py', 'Python'],
    ['md', 'Markdown'],
    ['json', 'JSON'],
    ['sh', 'Shell'],
    ['ts', 'TypeScript'],
    ['sql', 'SQL'],
  ];
  return Array.from({ length: count }, () => {
    const id = hex(random, 20);
    const files = Array.from({ length: 1 + int(random, 3) }, () => {
      const [extension, language] = pick(random, kinds);
      const name = `${pick(random, stems)}.${extension}`;
      return [name, { filename: name, type: 'text/plain', language, raw_url: `https://gist.example.com/raw/${id}/${name}`, size: int(random, 9000) }] as const;
    });
    return { id, description: 'a gist', public: random() < 0.8, files: Object.fromEntries(files), created_at: time(random) };
  });
}

const WORDS_A = [
  'dark',
  'fast',
  'new',
  'smart',
  'live',
  'bulk',
  'quick',
  'safe',
  'auto',
  'multi',
  'deep',
  'inline',
  'remote',
  'offline',
  'shared',
  'secure',
  'async',
  'rich',
  'mobile',
  'global',
  'local',
  'split',
  'guest',
  'beta',
  'legacy',
  'instant',
  'custom',
  'unified',
  'silent',
  'hybrid',
];
const WORDS_B = [
  'mode',
  'checkout',
  'search',
  'cart',
  'login',
  'export',
  'import',
  'preview',
  'upload',
  'billing',
  'profile',
  'sharing',
  'comments',
  'filters',
  'reports',
  'alerts',
  'sync',
  'editor',
  'payments',
  'onboarding',
  'invites',
  'history',
  'themes',
  'widgets',
  'feeds',
  'tagging',
  'labels',
  'backups',
  'routing',
  'pricing',
  'coupons',
  'maps',
  'chat',
  'voice',
  'drafts',
];
/** Feature names: 1,050 two-word names, drawn with a skew (a few common, a long tail). */
const FEATURES = WORDS_A.flatMap((a) => WORDS_B.map((b) => `${a}-${b}`));

export function isFeatureName(key: string): boolean {
  return FEATURE_SET.has(key);
}
const FEATURE_SET = new Set(FEATURES);

function featureName(random: Random): string {
  return FEATURES[Math.floor(FEATURES.length * random() ** 2)]!;
}

function catalogueMeta(random: Random): JsonValue {
  const meta: Record<string, JsonValue> = {
    owner: pick(random, ['team-a', 'team-b', 'team-c']),
    enabled: random() < 0.7,
    rollout: Math.round(random() * 100) / 100 + 0.001,
    created_at: time(random),
    since: `${1 + int(random, 9)}.${int(random, 20)}`,
    status: { stage: pick(random, ['alpha', 'beta', 'ga']), deprecated: random() < 0.1 },
    platforms: { web: random() < 0.9, ios: random() < 0.5, android: random() < 0.5 },
    tags: some(random, ['ux', 'perf', 'growth', 'infra', 'ml'], int(random, 3)),
    metrics: some(random, ['ctr', 'latency', 'errors', 'revenue'], 1 + int(random, 2)),
    priority: int(random, 5),
    default_on: random() < 0.2,
    kill_switch: random() < 0.5,
  };
  if (random() < 0.7) meta.description = 'what it does';
  if (random() < 0.4) meta.ticket = `FEAT-${int(random, 9000)}`;
  return meta;
}

function catalogueNode(random: Random, depth: number): JsonValue {
  const node: Record<string, JsonValue> = { meta: catalogueMeta(random) };
  const children = depth >= 4 ? 0 : int(random, [5, 4, 3, 2][depth]!);
  for (let i = 0; i < children; i++) node[featureName(random)] = catalogueNode(random, depth + 1);
  return node;
}

/**
 * A feature catalogue: `{"meta": {...}, "<feature>": {"meta": {...}, "<sub-feature>": {...}}}`,
 * the structure repeating at every level (up to 4 below the top), feature names from a large
 * vocabulary: a few structural keys mixed with data keys at every level.
 */
export function catalogue(count: number, seed = 6): JsonValue[] {
  const random = seeded(seed);
  return Array.from({ length: count }, () => catalogueNode(random, 0));
}

/**
 * The same catalogue with its children under a `features` key: the repeated structure then
 * has a record on its cycle (`{"meta", "features": {<name>: <node>}}`) and can be one
 * recursive named type.
 */
export function nestedCatalogue(count: number, seed = 7): JsonValue[] {
  const random = seeded(seed);
  const node = (depth: number): JsonValue => {
    const children = depth >= 4 ? 0 : int(random, [5, 4, 3, 2][depth]!);
    const features: Record<string, JsonValue> = {};
    for (let i = 0; i < children; i++) features[featureName(random)] = node(depth + 1);
    return { name: featureName(random), meta: catalogueMeta(random), features };
  };
  return Array.from({ length: count }, () => node(0));
}

const BROWSERS = [
  'chrome',
  'chrome_android',
  'edge',
  'firefox',
  'firefox_android',
  'ie',
  'opera',
  'safari',
  'safari_ios',
  'samsunginternet_android',
  'webview_android',
  'nodejs',
  'deno',
];
const NAME_HEADS = [
  'abort',
  'animation',
  'audio',
  'battery',
  'blob',
  'broadcast',
  'cache',
  'canvas',
  'clipboard',
  'console',
  'credential',
  'crypto',
  'device',
  'document',
  'element',
  'event',
  'fetch',
  'file',
  'font',
  'gamepad',
  'geolocation',
  'history',
  'image',
  'intersection',
  'keyboard',
  'lock',
  'media',
  'message',
  'midi',
  'navigator',
  'node',
  'notification',
  'payment',
  'performance',
  'permission',
  'presentation',
  'range',
  'request',
  'resize',
  'screen',
  'selection',
  'sensor',
  'server',
  'speech',
  'storage',
  'stream',
  'style',
  'text',
  'touch',
  'track',
  'url',
  'video',
  'wake',
  'web',
  'window',
  'worker',
  'xml',
  'xr',
];
const NAME_TAILS = [
  'controller',
  'signal',
  'context',
  'list',
  'entry',
  'observer',
  'reader',
  'writer',
  'source',
  'target',
  'manager',
  'registration',
  'record',
  'session',
  'state',
  'options',
  'request',
  'response',
  'item',
  'timeline',
  'effect',
  'rule',
  'sheet',
  'map',
  'set',
  'event',
  'handler',
  'init',
  'info',
  'result',
];
const NAME_FORMS: Array<(head: string, tail: string) => string> = [
  (head, tail) => `${cap(head)}${cap(tail)}`,
  (head, tail) => `${head}${cap(tail)}`,
  (head, tail) => `${head}_${tail}_event`,
  (head, tail) => `${tail}_${head}_parameter`,
];
const cap = (word: string) => word[0]!.toUpperCase() + word.slice(1);
/** 6,960 feature names shaped like browser-compat-data's (`AbortController`, `abortSignal`, `abort_signal_event`, `signal_abort_parameter`). */
const COMPAT_NAMES = NAME_FORMS.flatMap((form) => NAME_HEADS.flatMap((head) => NAME_TAILS.map((tail) => form(head, tail))));
const COMPAT_NAME_SET = new Set(COMPAT_NAMES);

export function isCompatFeatureName(key: string): boolean {
  return COMPAT_NAME_SET.has(key);
}

function compatStatement(random: Random): JsonValue {
  const statement: Record<string, JsonValue> = { version_added: random() < 0.15 ? random() < 0.5 : `${1 + int(random, 120)}` };
  if (random() < 0.1) statement.version_removed = `${1 + int(random, 120)}`;
  if (random() < 0.1) statement.partial_implementation = true;
  if (random() < 0.15) statement.notes = random() < 0.7 ? 'a note' : ['a note', 'another'];
  if (random() < 0.05) statement.prefix = '-webkit-';
  if (random() < 0.05) statement.flags = [{ type: 'preference', name: 'some.pref', value_to_set: 'true' }];
  return statement;
}

/** A `__compat` record: documentation links, support per browser (a statement or several), status. */
function compatRecord(random: Random, path: string): JsonValue {
  const support: Record<string, JsonValue> = {};
  for (const browser of BROWSERS) {
    if (random() < 0.1) continue;
    support[browser] = random() < 0.12 ? [compatStatement(random), compatStatement(random)] : compatStatement(random);
  }
  const compat: Record<string, JsonValue> = {};
  if (random() < 0.3) compat.description = '<code>feature</code>';
  if (random() < 0.8) compat.mdn_url = `https://developer.mozilla.org/docs/Web/${path}`;
  compat.source_file = `${path}.json`;
  if (random() < 0.75) compat.spec_url = random() < 0.9 ? 'https://spec.example/#a' : ['https://spec.example/#a', 'https://spec.example/#b'];
  if (random() < 0.4) compat.tags = ['web-features:some-feature'];
  compat.support = support;
  compat.status = { experimental: random() < 0.1, standard_track: random() < 0.9, deprecated: random() < 0.05 };
  return compat;
}

function compatNode(random: Random, depth: number, path: string, maxDepth: number): JsonValue {
  const node: Record<string, JsonValue> = {};
  // A grouping node (about 1 in 300 below the top) has sub-features only, like `Proxy.handler`.
  if (depth === 0 || random() >= 1 / 300) node.__compat = compatRecord(random, path);
  // Children per node: many at the top (a long tail), fewer below; rarely down to maxDepth.
  const children =
    depth === 0 ? Math.floor(12 * random() ** 3) : depth >= maxDepth ? 0 : random() < [0, 0.15, 0.15, 0.1, 0.06][depth]! ? 1 + int(random, 3) : 0;
  for (let i = 0; i < children; i++) {
    const name = COMPAT_NAMES[Math.floor(COMPAT_NAMES.length * random() ** 1.5)]!;
    node[name] = compatNode(random, depth + 1, `${path}/${name}`, maxDepth);
  }
  return node;
}

/**
 * Shaped like MDN's browser-compat-data, one message per feature tree (see browserCompatFeatures):
 * `{"__compat": {...}, "<sub-feature>": {"__compat": {...}, "<sub-sub-feature>": ...}}` with
 * thousands of feature names (more than MAP_KEY_LIMIT at a position), down to 4 levels below
 * the top (`maxDepth`), and a few grouping nodes without `__compat`.
 */
export function compatCatalogue(count: number, seed = 8, maxDepth = 4): JsonValue[] {
  const random = seeded(seed);
  return Array.from({ length: count }, () => compatNode(random, 0, `api/${pick(random, COMPAT_NAMES)}`, maxDepth));
}

/** The test corpus (test/corpus/<topic>.ndjson) as values. */
export function corpusTopic(topic: string, dir = join(process.cwd(), 'test/corpus')): JsonValue[] {
  return readFileSync(join(dir, `${topic}.ndjson`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as JsonValue);
}

export function corpusTopics(dir = join(process.cwd(), 'test/corpus')): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.ndjson'))
    .map((file) => file.replace(/\.ndjson$/, ''))
    .sort();
}

/** A file of an npm package if installed under one of `roots` (node_modules folders), else undefined. */
export function packageFile(roots: string[], file: string): string | undefined {
  for (const root of roots) {
    const path = join(root, file);
    if (existsSync(path)) return path;
  }
  return undefined;
}

/**
 * MDN's browser-compat-data (`@mdn/browser-compat-data`, CC0): one message per feature two
 * levels down (`api.AbortController`, `css.properties.color`, ...), each
 * `{"__compat": {...}, "<sub-feature>": {"__compat": ...}}` (the catalogue shape, real), with
 * the key a producer would give it (the feature's path), in the data's order (categories
 * sorted). A whole category is no message: `api` alone is 10.8 MB, past Kafka's default limit
 * of 1 MB per message; the largest feature tree is 345 kB.
 */
export function browserCompatFeatures(path: string): Array<{ key: string; value: JsonValue }> {
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, Record<string, JsonValue>>>;
  const messages: Array<{ key: string; value: JsonValue }> = [];
  for (const category of Object.keys(data).sort()) {
    if (category === '__meta' || category === 'browsers') continue;
    for (const [name, entry] of Object.entries(data[category]!)) {
      if (typeof entry !== 'object' || entry === null) continue;
      if ('__compat' in entry) messages.push({ key: `${category}.${name}`, value: entry });
      else for (const [child, feature] of Object.entries(entry)) messages.push({ key: `${category}.${name}.${child}`, value: feature });
    }
  }
  return messages;
}

/** The keys of browser-compat-data's feature nodes that are never a key inside a `__compat` record (those are names). */
export function browserCompatFeatureNames(values: readonly JsonValue[]): Set<string> {
  const features = new Set<string>();
  const names = new Set<string>();
  const stack: Array<[JsonValue, boolean]> = values.map((value) => [value, true]);
  while (stack.length > 0) {
    const [value, node] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push([item, false]);
      continue;
    }
    if (!isJsonObject(value)) continue;
    for (const [key, child] of Object.entries(value)) {
      if (node && key !== '__compat') features.add(key);
      else names.add(key);
      stack.push([child, node && key !== '__compat']);
    }
  }
  for (const name of names) features.delete(name);
  return features;
}

/** `@octokit/webhooks-examples`: every example payload of every event. */
export function webhookExamples(path: string): JsonValue[] {
  const events = JSON.parse(readFileSync(path, 'utf8')) as Array<{ examples: JsonValue[] }>;
  return events.flatMap((event) => event.examples);
}
