import { jest } from '@jest/globals';
import avro from 'avsc';
import { mkdtemp, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../../../src/catalog/atomic-write';
import { topicDir } from '../../../src/catalog/layout';
import { CatalogFileError, listCommittedTopics, readCommittedTopic } from '../../../src/catalog/read';
import { formatTopicFile, mergeTopicFile, type TopicFile } from '../../../src/catalog/topic-file';

const tempDir = () => mkdtemp(join(tmpdir(), 'scout-catalog-'));

describe('writeFileAtomic', () => {
  it('writes, reports unchanged content without touching the file, and leaves no temp files', async () => {
    const dir = await tempDir();
    const path = join(dir, 'a', 'value.avsc');
    expect(await writeFileAtomic(path, '"string"\n')).toBe(true);
    const before = (await stat(path)).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await writeFileAtomic(path, '"string"\n')).toBe(false);
    expect((await stat(path)).mtimeMs).toBe(before);
    expect(await writeFileAtomic(path, '"long"\n')).toBe(true);
    expect(await readFile(path, 'utf8')).toBe('"long"\n');
    expect(await readdir(join(dir, 'a'))).toEqual(['value.avsc']);
  });
});

describe('layout', () => {
  it('refuses names that would escape the schema directory', () => {
    expect(() => topicDir('/r', 'local', '..')).toThrow(/invalid topic name/);
    expect(() => topicDir('/r', '../etc', 'orders')).toThrow(/invalid cluster name/);
    expect(() => topicDir('/r', 'local', 'a/b')).toThrow(/invalid topic name/);
    expect(topicDir('/r', 'local', 'shop.orders')).toBe('/r/local/shop.orders');
  });
});

describe('topic.json merge', () => {
  it('puts scanned fields first in a fixed order and keeps what users own', () => {
    const committed = { owners: ['urn:li:corpuser:ana'], partitions: 1, description: 'Orders placed', valueFormat: 'json' as const };
    const merged = mergeTopicFile(committed, { valueFormat: 'json', partitions: 3, replicationFactor: 1 });
    expect(Object.keys(merged)).toEqual(['partitions', 'replicationFactor', 'valueFormat', 'owners', 'description']);
    expect(merged.partitions).toBe(3);
    expect(formatTopicFile(merged).endsWith('}\n')).toBe(true);
  });

  it('user fields named like Object.prototype members (__proto__, constructor, …) survive a rescan byte for byte', () => {
    // Object.fromEntries defines own properties (a `__proto__: …` literal would set the prototype)
    const fields = Object.fromEntries<unknown>([
      ['partitions', 3],
      ['replicationFactor', 1],
      ['keyFormat', 'none'],
      ['valueFormat', 'json'],
      ['__proto__', { x: 1 }],
      ['constructor', 'team-a'],
      ['toString', [1, 2]],
      ['hasOwnProperty', { deep: Object.fromEntries([['__proto__', 'y']]) }],
      ['description', 'kept'],
    ]);
    const text = `${JSON.stringify(fields, null, 2)}\n`;
    expect(text).toContain('"__proto__": {\n    "x": 1\n  }');
    const committed = JSON.parse(text) as TopicFile;
    expect(Object.keys(committed)).toContain('__proto__');
    const merged = mergeTopicFile(committed, { partitions: 3, replicationFactor: 1, keyFormat: 'none', valueFormat: 'json' });
    expect(formatTopicFile(merged)).toBe(text);
    expect(Object.getPrototypeOf(merged)).not.toEqual({ x: 1 });
  });

  it('keeps committed values the scan could not measure', () => {
    const merged = mergeTopicFile({ configs: { 'retention.ms': '1' } }, { partitions: 2 });
    expect(merged.configs).toEqual({ 'retention.ms': '1' });
  });
});

describe('readCommittedTopic', () => {
  it('reads schemas and topic.json, and names a broken file', async () => {
    const root = await tempDir();
    const dir = join(root, 'local', 'orders');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'value.avsc'), '{"type":"record","name":"Orders","fields":[]}\n');
    await writeFile(join(dir, 'topic.json'), '{"partitions":1}\n');
    const committed = await readCommittedTopic(root, 'local', 'orders');
    expect(committed.value).toEqual({ type: 'record', name: 'Orders', fields: [] });
    expect(committed.topicFile).toEqual({ partitions: 1 });

    await writeFile(join(dir, 'value.avsc'), '{"type":"recrod"}');
    await expect(readCommittedTopic(root, 'local', 'orders')).rejects.toThrow(CatalogFileError);
    await expect(readCommittedTopic(root, 'local', 'orders')).rejects.toThrow(/orders\/value\.avsc: not a valid Avro schema/);
    await writeFile(join(dir, 'value.avsc'), '{not json');
    await expect(readCommittedTopic(root, 'local', 'orders')).rejects.toThrow(/value\.avsc: not valid JSON/);
  });

  it('validates a committed schema with avsc without compiling its codecs (a rescan reads every schema)', async () => {
    const root = await tempDir();
    const dir = join(root, 'local', 'orders');
    await mkdir(dir, { recursive: true });
    const schema = {
      type: 'record',
      name: 'Orders',
      fields: [
        { name: 'id', type: 'long' },
        { name: 'note', type: ['null', 'string'], default: null },
      ],
    };
    await writeFile(join(dir, 'value.avsc'), `${JSON.stringify(schema, null, 2)}\n`);
    const generators = (['_createReader', '_createWriter', '_createSkipper', '_createChecker', '_createConstructor'] as const).map((method) =>
      jest.spyOn(avro.types.RecordType.prototype as unknown as Record<string, () => unknown>, method),
    );
    try {
      expect((await readCommittedTopic(root, 'local', 'orders')).value).toEqual(schema);
      await writeFile(join(dir, 'value.avsc'), '{"type":"record","name":"Orders","fields":[{"name":"id","type":"long","default":"x"}]}');
      await expect(readCommittedTopic(root, 'local', 'orders')).rejects.toThrow(
        /orders\/value\.avsc: not a valid Avro schema \(incompatible field default "x" \(invalid "long": "x"\)\)$/,
      );
      for (const generator of generators) expect(generator).not.toHaveBeenCalled();
    } finally {
      for (const generator of generators) generator.mockRestore();
    }
  });

  it('lists topic folders and reports folders that are not topic names', async () => {
    const root = await tempDir();
    await mkdir(join(root, 'local', 'b'), { recursive: true });
    await mkdir(join(root, 'local', 'a'), { recursive: true });
    await mkdir(join(root, 'local', 'bad name'), { recursive: true });
    expect(await listCommittedTopics(root, 'local')).toEqual({ topics: ['a', 'b'], invalid: ['bad name'], refused: [] });
    expect(await listCommittedTopics(root, 'missing')).toEqual({ topics: [], invalid: [], refused: [] });
  });
});
