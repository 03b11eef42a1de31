// Fails when the docs and action.yml disagree: every input and output of action.yml must
// appear in the README's tables (and back), and the example workflows may only pass inputs
// that action.yml declares.
import { readdirSync, readFileSync } from 'node:fs';

const actionYml = readFileSync(new URL('../action.yml', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

function yamlKeys(section) {
  const match = actionYml.match(new RegExp(`^${section}:\\n((?:  .*\\n|\\n)*)`, 'm'));
  if (!match) return [];
  return [...match[1].matchAll(/^ {2}([a-z0-9-]+):/gm)].map((m) => m[1]);
}

function readmeKeys(heading) {
  const start = readme.indexOf(`<!-- ${heading}:start -->`);
  const end = readme.indexOf(`<!-- ${heading}:end -->`);
  if (start < 0 || end < 0) return null;
  return [...readme.slice(start, end).matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
}

let failed = false;
for (const [section, heading] of [
  ['inputs', 'action-inputs'],
  ['outputs', 'action-outputs'],
]) {
  const declared = yamlKeys(section);
  const documented = readmeKeys(heading);
  if (documented === null) {
    console.error(`README.md lacks the <!-- ${heading}:start --> … <!-- ${heading}:end --> table`);
    failed = true;
    continue;
  }
  for (const key of declared.filter((k) => !documented.includes(k))) {
    console.error(`action.yml ${section}.${key} is not documented in README.md`);
    failed = true;
  }
  for (const key of documented.filter((k) => !declared.includes(k))) {
    console.error(`README.md documents ${section} '${key}' that action.yml does not declare`);
    failed = true;
  }
}
const inputs = new Set(yamlKeys('inputs'));
const workflowDir = new URL('../docs/workflows/', import.meta.url);
for (const file of readdirSync(workflowDir).filter((name) => name.endsWith('.yml'))) {
  const lines = readFileSync(new URL(file, workflowDir), 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/uses: [^\s]*kafka-schema-scout@/.test(lines[i])) continue;
    const withLine = lines[i + 1] ?? '';
    if (!/^\s+with:\s*$/.test(withLine)) continue;
    const indent = withLine.match(/^\s*/)[0].length;
    for (let j = i + 2; j < lines.length; j++) {
      const line = lines[j];
      if (/^\s*(#.*)?$/.test(line)) continue;
      if (line.match(/^\s*/)[0].length <= indent) break;
      const key = line.match(/^\s+([a-z0-9-]+):/)?.[1];
      if (key && !inputs.has(key)) {
        console.error(`docs/workflows/${file}:${j + 1}: input '${key}' is not declared in action.yml`);
        failed = true;
      }
    }
  }
}
if (failed) process.exit(1);
console.log('README.md, the example workflows and action.yml agree on inputs and outputs');
