// Builds the inference test corpus (run from the repository root: node test/corpus/build-corpus.mjs).
// github-*: real published JSON, the example payloads of GitHub's REST API description
// (@octokit/openapi, a dev dependency), one message per example (array examples: per item).
// The other topics are generated with a fixed seed: dynamic keys, big ids, uuids, drift.
import { readFileSync, writeFileSync } from 'node:fs';

const out = new URL('./', import.meta.url);
const write = (topic, lines) => writeFileSync(new URL(`${topic}.ndjson`, out), `${lines.join('\n')}\n`);

const api = JSON.parse(readFileSync('node_modules/@octokit/openapi/generated/api.github.com.json', 'utf8'));
const examples = api.components.examples;
const githubTopics = {
  'github-events': /-events-items$/,
  'github-issues': /^issue(-with-repo)?(-items)?$|^issue-search-result-item/,
  'github-pull-requests': /^pull-request(-simple)?(-items)?$/,
  'github-workflow-runs': /^workflow-run(-paginated)?$|^check-run(-paginated|-example.*)?$/,
  'github-repositories': /^(full|minimal|public|simple)-repository(-items|-paginated)?(-2)?$/,
};
for (const [topic, pattern] of Object.entries(githubTopics)) {
  const lines = [];
  for (const name of Object.keys(examples).sort()) {
    if (!pattern.test(name)) continue;
    const value = examples[name].value;
    if (typeof value !== 'object' || value === null) continue;
    for (const message of Array.isArray(value) ? value : [value]) lines.push(JSON.stringify(message));
  }
  write(topic, lines);
}

let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (items) => items[Math.floor(random() * items.length)];
const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join('');
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
const day = (i) => new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
const time = (i) => new Date(Date.UTC(2024, 0, 1) + i * 61_000).toISOString();

const inventory = [];
const warehouses = Array.from({ length: 40 }, uuid);
for (let i = 0; i < 600; i++) {
  const stock = {};
  for (let w = 0; w < 1 + Math.floor(random() * 5); w++) stock[pick(warehouses)] = { qty: Math.floor(random() * 500), reserved: Math.floor(random() * 10) };
  const prices = {};
  for (let d = 0; d < 3; d++) prices[day(i + d)] = Math.round(random() * 10000) / 100;
  inventory.push(JSON.stringify({ sku: `SKU-${1000 + (i % 97)}`, at: time(i), stock_by_warehouse: stock, price_by_day: prices, discontinued: i % 50 === 0 ? true : undefined }));
}
write('inventory-snapshots', inventory);

const payments = [];
for (let i = 0; i < 800; i++) {
  const txn = (9007199254740993n + BigInt(i) * 7919n).toString();
  const amount = i % 3 === 0 ? `${100 + i}` : i % 3 === 1 ? `${100 + i}.50` : `${100 + i}.0`;
  const refund = i % 10 === 0 ? `,"refund":{"refund_id":"${uuid()}","at":"${time(i + 5)}","reason":${i % 20 === 0 ? 'null' : '"customer"'}}` : '';
  const metadata = i % 4 === 0 ? `,"metadata":{"campaign-id":"c${i % 7}","utm source":"mail","ключ":${i}}` : '';
  payments.push(
    `{"payment_id":"${uuid()}","txn_id":${txn},"amount":${amount},"currency":"${pick(['EUR', 'USD', 'GBP'])}","created_at":"${time(i)}","settled_on":"${day(i)}","status":${i % 9 === 0 ? 'null' : `"${pick(['ok', 'pending', 'failed'])}"`}${refund}${metadata}}`,
  );
}
write('payments', payments);

const clicks = [];
for (let i = 0; i < 900; i++) {
  const value = pick([`"v${i}"`, `${i}`, `${i / 4}`, 'true', 'null']);
  const items = Array.from({ length: Math.floor(random() * 3) }, (_, k) => `{"sku":"S${k}","qty":${k + 1},"options":[{"name":"size","value":"${pick(['S', 'M', 'L'])}"}]}`);
  const extra = i % 25 === 0 ? ',"__proto__":{"x":1},"":"empty","città":"Roma"' : '';
  const experiments = i % 3 === 0 ? `,"experiments":{"exp_${i % 200}":"${pick(['a', 'b'])}","exp_${(i * 7) % 200}":"${pick(['a', 'b'])}"}` : '';
  clicks.push(`{"session":"${hex(24)}","user-agent":"ua/${i % 5}","ts":${1704067200000 + i * 1000},"event":"${pick(['view', 'click', 'add'])}","value":${value},"items":[${items.join(',')}]${experiments}${extra}}`);
}
write('clickstream', clicks);
