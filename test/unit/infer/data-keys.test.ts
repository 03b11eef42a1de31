import fc from 'fast-check';
import { createInferrer } from '../../../src/infer';
import { formatSchema, type AvroSchema } from '../../../src/schema/avro';
import type { JsonValue } from '../../../src/json/value';
import { conformingShare } from '../../support/conforms';
import { isArray } from '../../support/json';
import {
  catalogue,
  compatCatalogue,
  corpusTopic,
  emailScores,
  gists,
  hostLag,
  isCompatFeatureName,
  isFeatureName,
  nestedCatalogue,
  pathsAndUrls,
  prefixedIds,
} from '../../support/datasets';
import { permute } from './arbitraries';
import { expectValid, field, infer } from './helpers';

/** Issue 14: keys that are data never become field names; schemas generalize beyond the sample. */

const committedForm = (schema: AvroSchema): AvroSchema => JSON.parse(formatSchema(schema)) as AvroSchema;
const typeOf = (schema: AvroSchema, name: string) => {
  const type = field(schema, name).type;
  return (Array.isArray(type) ? type.find((branch) => branch !== 'null') : type) as { type: string; values?: unknown };
};

/** Every field name in the schema (the JSON key: originalName, else name). */
function fieldKeys(schema: AvroSchema): string[] {
  const keys: string[] = [];
  const stack: unknown[] = [schema];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isArray(node)) stack.push(...node);
    else if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>;
      if (record.type === 'record') {
        for (const f of record.fields as Array<{ name: string; originalName?: string; type: unknown }>) {
          keys.push(f.originalName ?? f.name);
          stack.push(f.type);
        }
      } else if (record.type === 'map') stack.push(record.values);
      else if (record.type === 'array') stack.push(record.items);
      else if (typeof record.type === 'object') stack.push(record.type);
    }
  }
  return keys;
}

describe('data-keyed objects become maps', () => {
  test('e-mail-keyed scores, 3 of 50 users per message → map<long>', () => {
    const values = emailScores(400);
    const schema = infer(values);
    expect(typeOf(schema, 'scores')).toEqual({ type: 'map', values: 'long' });
    expect(fieldKeys(schema).some((key) => key.includes('@'))).toBe(false);
    expectValid(schema, values);
  });

  test.each([
    ['host names', () => hostLag(300), 'lag_by_host'],
    ['sku_42', () => prefixedIds(300), 'stock'],
    ['user-123', () => prefixedIds(300), 'sessions'],
    ['paths', () => pathsAndUrls(300), 'hits_by_path'],
    ['URLs', () => pathsAndUrls(300), 'backlinks'],
    ['file names (gists)', () => gists(300), 'files'],
  ])('objects keyed by %s → map', (_, values, name) => {
    const sample = values();
    const schema = infer(sample);
    expect(typeOf(schema, name).type).toBe('map');
    expectValid(schema, sample);
  });

  test('one message is enough when every key looks like data', () => {
    const schema = infer([{ owners: { 'ann@corp.example': 'admin', 'bob@corp.example': 'viewer' }, hosts: { '10.0.0.7': 1, '10.0.0.8:9092': 2 } }]);
    expect(typeOf(schema, 'owners')).toEqual({ type: 'map', values: 'string' });
    expect(typeOf(schema, 'hosts')).toEqual({ type: 'map', values: 'long' });
  });

  test('a few structural keys beside data keys: a map whose values cover both', () => {
    const values = [
      { scores: { total: { sum: 8, n: 2 }, 'ann@corp.example': 3, 'bob@corp.example': 5 } },
      { scores: { total: { sum: 4, n: 1 }, 'eve@corp.example': 4 } },
    ];
    const schema = infer(values);
    const scores = typeOf(schema, 'scores');
    expect(scores.type).toBe('map');
    expect(formatSchema(schema)).not.toContain('corp.example');
    expectValid(schema, values);
  });
});

describe('records stay records', () => {
  test.each(['github-events', 'github-issues', 'github-pull-requests', 'github-repositories', 'github-workflow-runs', 'payments'])(
    'corpus %s: no map appears',
    (topic) => {
      expect(formatSchema(infer(corpusTopic(topic)))).not.toContain('"type": "map"');
    },
  );

  test('webhook-shaped payloads: optional fields of several event kinds, each in few messages, stay fields', () => {
    const kinds = [
      'issue',
      'pull_request',
      'release',
      'check_run',
      'deployment',
      'discussion',
      'package',
      'workflow_job',
      'milestone',
      'label',
      'member',
      'team',
    ];
    const values = Array.from({ length: 240 }, (_, i) => {
      const kind = kinds[i % kinds.length]!;
      return {
        action: 'created',
        sender: { login: 'octo', id: i },
        repository: { id: 1, full_name: 'o/r' },
        [kind]: { id: i, url: `https://x/${i}`, title: 't', number: i, state: 'open' },
        ...(i % 3 === 0 ? { ref: 'main', forced: false } : {}),
      };
    });
    const schema = infer(values);
    expect(typeOf(schema, 'issue').type).toBe('record');
    expect(typeOf(schema, 'team').type).toBe('record');
  });

  test('ordinary words with dots, dashes or a digit stay names', () => {
    const schema = infer([{ o: { 'user.name': 'a', 'Content-Type': 'b', sha256: 'c', line_1: 'd', '@type': 'e', $ref: 'f' } }]);
    expect(typeOf(schema, 'o').type).toBe('record');
  });
});

describe('catalogue-shaped data (structural keys and data keys at every level)', () => {
  const values = catalogue(1200);

  test('small schema, no feature name as a field, one type for the repeated record, ≥ 95% of held-out messages fit', () => {
    const schema = infer(values);
    const text = formatSchema(schema);
    expect(text.length).toBeLessThan(200_000);
    expect(fieldKeys(schema).filter(isFeatureName)).toEqual([]);
    expect(text.match(/"name": "owner"/g)).toHaveLength(1); // the meta record is written once, then referred to by name
    expectValid(schema, values);
    const half = values.length / 2;
    expect(conformingShare(infer(values.slice(0, half)), values.slice(half))).toBeGreaterThanOrEqual(0.95);
  });

  test('a shuffled input gives the same schema', () => {
    const text = formatSchema(infer(values));
    expect(formatSchema(infer([...values].reverse()))).toBe(text);
    const keys = fc.sample(fc.nat(), { numRuns: values.length, seed: 14 });
    expect(formatSchema(infer(permute(values, keys)))).toBe(text);
  });

  test('rescan with the output as prior: byte-identical, with or without the data', () => {
    const text = formatSchema(infer(values));
    expect(formatSchema(infer(values, { prior: committedForm(infer(values)) }))).toBe(text);
    expect(formatSchema(infer([], { prior: committedForm(infer(values)) }))).toBe(text);
  });
});

describe('browser-compat-data-shaped catalogue (thousands of feature names, a few nodes without the structural key)', () => {
  // Past MAP_KEY_LIMIT keys at the top and the level below, and about 1 node in 300 without `__compat`.
  const values = compatCatalogue(1500);
  const schema = infer(values);
  const text = formatSchema(schema);

  test('small schema, no feature name as a field, the compat record written once, ≥ 95% of held-out messages fit', () => {
    expect(text.length).toBeLessThan(200_000);
    expect(fieldKeys(schema).filter(isCompatFeatureName)).toEqual([]);
    expect(fieldKeys(schema)).not.toContain('__compat');
    expect(text.match(/"name": "source_file"/g)).toHaveLength(1);
    expectValid(schema, values);
    const half = values.length / 2;
    expect(conformingShare(infer(values.slice(0, half)), values.slice(half))).toBeGreaterThanOrEqual(0.95);
  });

  test('a shuffled input gives the same schema', () => {
    expect(formatSchema(infer([...values].reverse()))).toBe(text);
    const keys = fc.sample(fc.nat(), { numRuns: values.length, seed: 15 });
    expect(formatSchema(infer(permute(values, keys)))).toBe(text);
  });

  test('rescan with the output as prior: byte-identical, with or without the data', () => {
    expect(formatSchema(infer(values, { prior: committedForm(schema) }))).toBe(text);
    expect(formatSchema(infer([], { prior: committedForm(schema) }))).toBe(text);
  });

  test('a node deeper than every sampled one: the rescan adds a level, the compat record and the field names stay', () => {
    // The deepest sampled message one level deeper: put under a feature of a new top.
    const deepest = values.find((value) => depthOf(value) === depthOf(values)) as Record<string, unknown>;
    const deeper = [{ __compat: deepest.__compat, AbortController: deepest }] as JsonValue[];
    expect(isCompatFeatureName('AbortController')).toBe(true);
    const rescan = infer(deeper, { prior: committedForm(schema) });
    const maps = (of: string) => of.match(/"type": "map"/g)!.length;
    expect(maps(formatSchema(rescan))).toBe(maps(text) + 1);
    expect(fieldKeys(rescan).sort()).toEqual(fieldKeys(schema).sort());
    expectValid(rescan, [...values, ...deeper]);
    expect(formatSchema(infer([], { prior: committedForm(rescan) }))).toBe(formatSchema(rescan));
  });
});

describe('a structure that repeats itself at every level is one recursive type', () => {
  /** Fullnames of the records defined in a schema. */
  const recordNames = (text: string) => [...text.matchAll(/"type": "record",\s+"name": "([^"]+)"/g)].map((match) => match[1]);

  test('a catalogue wrapped in records ({name, meta, features: {<feature>: {...}}}): one node type, any depth fits', () => {
    const values = nestedCatalogue(400);
    const schema = infer(values);
    const text = formatSchema(schema);
    expect(recordNames(text)).toEqual(['Events', 'EventsMeta', 'EventsMetaStatus', 'EventsMetaPlatforms']);
    const features = typeOf(schema, 'features') as { type: string; values: unknown };
    expect(features).toMatchObject({ type: 'map', values: 'Events' });
    expect(fieldKeys(schema).filter(isFeatureName)).toEqual([]);
    expectValid(schema, values);
    const deeper = {
      name: 'x',
      meta: (values[0] as { meta: JsonValue }).meta,
      features: { a: values[0]!, b: { name: 'y', meta: (values[1] as { meta: JsonValue }).meta, features: { c: values[1]! } } },
    };
    expect(conformingShare(infer(values.slice(0, 200)), [...values.slice(200), deeper as JsonValue])).toBe(1);
    expect(formatSchema(infer([...values].reverse()))).toBe(text);
    expect(formatSchema(infer(values, { prior: committedForm(schema) }))).toBe(text);
    expect(formatSchema(infer([], { prior: committedForm(schema) }))).toBe(text);
  });

  test('a thread of replies (an array of itself) and a chain of one key are recursive records', () => {
    const reply = (depth: number, id: number): JsonValue => ({
      id,
      text: 't',
      replies: depth === 0 ? [] : [reply(depth - 1, id * 2), reply(depth - 1, id * 2 + 1)],
    });
    const thread = infer([reply(4, 1), reply(2, 7)]);
    expect(recordNames(formatSchema(thread))).toEqual(['Events']);
    expect(typeOf(thread, 'replies')).toMatchObject({ type: 'array', items: 'Events' });
    const chain = (depth: number): JsonValue => (depth === 0 ? 1 : { a: chain(depth - 1) });
    const nested = infer([chain(50)]);
    expectValid(nested, [chain(50), chain(80)]);
    expect(recordNames(formatSchema(nested))).toEqual(['Events']);
  });

  test('a committed recursive type is kept on rescan, with or without data', () => {
    const committed: AvroSchema = {
      type: 'record',
      name: 'Node',
      fields: [
        { name: 'label', type: 'string' },
        { name: 'children', type: { type: 'array', items: 'Node' } },
      ],
    };
    const text = formatSchema(committed);
    expect(formatSchema(infer([], { prior: committed }))).toBe(text);
    expect(formatSchema(infer([{ label: 'a', children: [{ label: 'b', children: [{ label: 'c', children: [] }] }] }], { prior: committed }))).toBe(text);
  });
});

describe('sibling fields holding one kind of record share one type', () => {
  const browsers = ['chrome', 'edge', 'firefox', 'safari', 'nodejs', 'deno'];
  /** `support: {<browser>: statement or [statements]}`, browser-compat-data's shape; in `listed`, browsers with a list. */
  const support = (index: number, listed: string[]): JsonValue => {
    const statement = (n: number): JsonValue => (n % 5 === 0 ? { version_added: String(n), notes: 'see bug' } : { version_added: String(n) });
    const entries = browsers.map((browser, b) => [browser, listed.includes(browser) ? [statement(index + b), { version_added: false }] : statement(index + b)]);
    return { name: `feature-${index}`, support: Object.fromEntries(entries) as Record<string, JsonValue> };
  };
  // Lists seen for chrome and safari only in the first half; nodejs gets one in the second.
  const first = Array.from({ length: 100 }, (_, i) => support(i, i % 3 === 0 ? ['chrome', 'safari'] : []));
  const second = Array.from({ length: 100 }, (_, i) => support(i, i % 3 === 0 ? ['nodejs'] : []));

  test('one statement type for every browser, which takes the lists the others had: held-out fits', () => {
    const schema = infer(first);
    const text = formatSchema(schema);
    expect(text.match(/"type": "record"/g)).toHaveLength(3);
    expect(text.match(/"name": "version_added"/g)).toHaveLength(1);
    expectValid(schema, first);
    expect(conformingShare(schema, second)).toBe(1);
    expect(formatSchema(infer([...first].reverse()))).toBe(text);
    expect(formatSchema(infer(first, { prior: committedForm(schema) }))).toBe(text);
    expect(formatSchema(infer([], { prior: committedForm(schema) }))).toBe(text);
  });

  test('committed as types of their own, they stay so (one type would rename them)', () => {
    const separate: AvroSchema = {
      type: 'record',
      name: 'Topic',
      fields: [
        { name: 'name', type: 'string' },
        {
          name: 'support',
          type: {
            type: 'record',
            name: 'TopicSupport',
            fields: browsers.map((browser) => ({
              name: browser,
              type: { type: 'record', name: `TopicSupport${browser}`, fields: [{ name: 'version_added', type: 'string' }] },
            })),
          },
        },
      ],
    };
    const text = formatSchema(
      infer(
        first.filter((_, i) => i % 3 !== 0),
        { prior: separate },
      ),
    );
    for (const browser of browsers) expect(text).toContain(`"name": "TopicSupport${browser}"`);
  });

  test('records of different kinds in sibling fields stay types of their own', () => {
    const values = Array.from({ length: 20 }, (_, i): JsonValue => ({
      author: { login: `u${i}`, id: i, avatar_url: 'a' },
      repository: { full_name: `r${i}`, id: i, private: false },
      organization: { login: `o${i}`, id: i, members_url: 'm' },
      license: { key: 'mit', spdx_id: 'MIT', id: i },
    }));
    expect(formatSchema(infer(values)).match(/"type": "record"/g)).toHaveLength(5);
  });
});

/** Levels of feature nodes below the top (0: only `__compat`). */
function depthOf(value: unknown): number {
  if (Array.isArray(value)) return Math.max(...value.map(depthOf));
  let deepest = 0;
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) if (key !== '__compat') deepest = Math.max(deepest, 1 + depthOf(child));
  return deepest;
}

describe('near calls are reported without their keys', () => {
  const notesOf = (values: unknown[], prior?: AvroSchema) => {
    const inferrer = createInferrer({ name: 'events', prior });
    for (const value of values) inferrer.add(value as JsonValue);
    inferrer.result();
    return inferrer.notes;
  };

  test('a committed record whose fields are e-mail addresses stays a record, with a note naming the path and the evidence', () => {
    const prior: AvroSchema = {
      type: 'record',
      name: 'Events',
      fields: [
        {
          name: 'scores',
          type: {
            type: 'record',
            name: 'EventsScores',
            fields: [
              { name: 'ann_corp_example', originalName: 'ann@corp.example', type: 'long' },
              { name: 'bob_corp_example', originalName: 'bob@corp.example', type: 'long' },
            ],
          },
        },
      ],
    };
    const values = [{ scores: { 'ann@corp.example': 1, 'bob@corp.example': 2 } }];
    expect(typeOf(infer(values, { prior }), 'scores').type).toBe('record');
    const notes = notesOf(values, prior);
    expect(notes).toEqual([{ path: 'scores', evidence: '2 of 2 keys look like e-mail addresses', keptBy: 'committed schema' }]);
    expect(JSON.stringify(notes)).not.toContain('corp');
    expect(typeOf(infer(values, { prior, overrides: { scores: 'map' } }), 'scores').type).toBe('map');
  });

  test('a record with some data-like keys is a near call; an override settles it without a note', () => {
    const values = [{ contacts: { name: 'n', team: 't', sku_42: 1, sku_43: 2, email: 'e', phone: 'p' } }];
    expect(notesOf(values)).toEqual([{ path: 'contacts', evidence: '2 of 6 keys look like prefixed numbers or ids', keptBy: 'rules' }]);
    expect(notesOf(values.map((v) => v))).toHaveLength(1);
  });

  test('one key no field is named like (an e-mail address, a URL, a file name) among names: a map, whatever the other keys', () => {
    for (const key of ['ann@corp.example', 'https://example.com/a', 'README.md', '/var/log/app', '10.0.0.7:9092', 'host-7.prod.internal']) {
      const values = [{ contacts: { name: 'n', team: 't', [key]: 1, email: 'e', phone: 'p', city: 'c', zip: 'z' } }];
      const schema = infer(values);
      expect(typeOf(schema, 'contacts').type).toBe('map');
      expect(fieldKeys(schema)).not.toContain(key);
      expectValid(schema, values);
    }
  });
});
