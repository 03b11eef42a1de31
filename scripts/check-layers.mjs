// Fails when a module of src/ imports from a folder above its own (DESIGN.md: imports only point
// down the stages; entries sit on top), which also rules out cycles between folders.
// Usage: node scripts/check-layers.mjs   (prints the folder graph with --graph)
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../src/', import.meta.url));

/** Lower rank = lower layer. Folders of one rank may not import each other. */
const RANKS = {
  util: 0,
  json: 0,
  types: 0,
  schema: 1,
  catalog: 2,
  infer: 3,
  kafka: 3,
  datahub: 4,
  scan: 4,
  demo: 4,
  github: 5,
  commands: 6,
  action: 6,
  '(entry)': 7, // src/cli.ts, src/action.ts, src/program.ts
};

function folderOf(file) {
  const parts = relative(src, file).split(sep);
  return parts.length === 1 ? '(entry)' : parts[0];
}

function* sources(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

const edges = new Map();
const problems = [];
for (const file of sources(src)) {
  const from = folderOf(file);
  for (const match of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
    const to = folderOf(normalize(join(dirname(file), match[1])));
    if (to === from) continue;
    const key = `${from} -> ${to}`;
    edges.set(key, (edges.get(key) ?? 0) + 1);
    if (!(from in RANKS) || !(to in RANKS))
      problems.push(`${relative(src, file)}: folder ${!(from in RANKS) ? from : to} has no rank in scripts/check-layers.mjs`);
    else if (RANKS[to] >= RANKS[from]) problems.push(`src/${relative(src, file)} (${from}) imports ${match[1]} (${to}): an import may only point down`);
  }
}
if (process.argv.includes('--graph')) for (const [edge, count] of [...edges].sort()) console.log(`${String(count).padStart(3)} ${edge}`);
if (problems.length > 0) {
  for (const problem of [...new Set(problems)]) console.error(problem);
  process.exit(1);
}
console.log(`import layers: ${edges.size} folder edges, all pointing down`);
