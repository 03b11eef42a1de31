import { createHash } from 'node:crypto';
import type { CommittedTopic } from '../catalog/read';
import { parseJson } from '../json/parse';
import { isJsonObject } from '../json/value';
import { SCHEMA_TAGS_FIELD, avroTagUrns } from './avro-tags';
import { kafkaSchemaFields } from './field-paths';
import type { SchemaField } from './schema-field';
import { topicMetadata, type OwnerMapping } from './topic-metadata';
import { KAFKA_PLATFORM_URN, datasetUrn, platformInstanceUrn, tagName } from './urn';
import { setOwn } from '../util/own';

/** One aspect of one dataset, in DataHub's JSON form (what GMS stores under `aspect.value`). */
export interface DatasetAspect {
  aspectName: string;
  value: Record<string, unknown>;
}

/** An aspect of another entity the dataset refers to: the key of a tag, so that the tag exists. */
export interface RelatedAspect {
  entityType: 'tag';
  urn: string;
  aspect: DatasetAspect;
}

export interface TopicAspects {
  topic: string;
  urn: string;
  aspects: DatasetAspect[];
  /** Sent with the topic's own aspects (a topic's proposals stay in one request). */
  related?: RelatedAspect[];
  /** Things worth a warning that do not stop the topic (e.g. DataHub's converter gives no fields). */
  warnings: string[];
}

import type { DatasetSettings } from '../catalog/cluster-file';

export type { DatasetSettings };

export interface PullRequestLink {
  url: string;
  number?: number;
  title?: string;
}

/** The way back from DataHub to the reviewed source of a topic. */
export interface TopicLinks {
  /** Web URL of the topic's folder on the default branch. */
  folderUrl: string;
  /** The pull request that last changed the topic; null when the last change did not come from one. */
  pullRequest: PullRequestLink | null;
  /** When that change was made (ms since the epoch; 0: unknown): the links' createStamp, stable across re-emits. */
  changedAt: number;
}

/** What the repository adds to DataHub's own aspects. */
export interface TopicAspectOptions {
  /** How `@login` / `@org/team` owners become URNs; default DEFAULT_OWNER_MAPPING. */
  ownerMapping?: OwnerMapping;
  /** Without links no institutionalMemory is emitted, and DataHub keeps the topic's links as they are. */
  links?: TopicLinks;
}

/** DataHub's defaults for audit stamps, written out so our aspects equal the SDK's round trip of them. */
const UNKNOWN_AUDIT_STAMP = { time: 0, actor: 'urn:li:corpuser:unknown' };

function md5(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex');
}

function schemaMetadata(topic: CommittedTopic, warnings: string[]): DatasetAspect | undefined {
  if (topic.valueText === undefined && topic.keyText === undefined) return undefined;
  const conversion = kafkaSchemaFields(topic.valueText, topic.keyText);
  if (conversion.error) warnings.push(`DataHub's Avro converter gives no fields for this schema (${conversion.error})`);
  warnings.push(...(conversion.warnings ?? []));
  const kafkaSchema: Record<string, unknown> = {
    documentSchema: topic.valueText ?? '',
  };
  if (topic.valueText !== undefined) kafkaSchema.documentSchemaType = 'AVRO';
  if (topic.keyText !== undefined) {
    kafkaSchema.keySchema = topic.keyText;
    kafkaSchema.keySchemaType = 'AVRO';
  }
  return {
    aspectName: 'schemaMetadata',
    value: {
      schemaName: topic.topic,
      platform: KAFKA_PLATFORM_URN,
      version: 0,
      created: UNKNOWN_AUDIT_STAMP,
      lastModified: UNKNOWN_AUDIT_STAMP,
      // As DataHub's Kafka source: md5 over the value schema text followed by the key schema text.
      hash: md5((topic.valueText ?? '') + (topic.keyText ?? '')),
      platformSchema: { 'com.linkedin.schema.KafkaSchema': kafkaSchema },
      fields: conversion.fields,
    },
  };
}

function customProperties(topic: CommittedTopic): Record<string, string> {
  const file = topic.topicFile;
  const properties: Record<string, string> = {};
  if (file?.partitions !== undefined) properties.Partitions = String(file.partitions);
  if (file?.replicationFactor !== undefined) properties['Replication Factor'] = String(file.replicationFactor);
  for (const [name, value] of Object.entries(file?.configs ?? {})) setOwn(properties, name, String(value)); // names from topic.json are data
  // DataHub's source names the registry subject of the value schema (TopicNameStrategy), after the configs.
  if (topic.valueText !== undefined) setOwn(properties, 'Schema Name', `${topic.topic}-value`);
  return properties;
}

/** The value schema's own Avro `tags` (DataHub's source makes them the dataset's tags; the key schema's are not read). */
function schemaTagUrns(topic: CommittedTopic, warnings: string[]): string[] {
  if (topic.valueText === undefined) return [];
  const schema = parseJson(topic.valueText);
  if (!isJsonObject(schema) || !(SCHEMA_TAGS_FIELD in schema)) return [];
  return avroTagUrns(schema[SCHEMA_TAGS_FIELD], 'value schema', warnings);
}

/**
 * Every tag the dataset refers to gets its `tagKey`, as DataHub's source does for the tags it
 * emits (AutoMaterializeReferencedTagsTermsProcessor): sorted, each once.
 */
function tagKeys(datasetTags: string[], fields: SchemaField[]): RelatedAspect[] {
  const urns = new Set(datasetTags);
  for (const field of fields) for (const { tag } of field.globalTags?.tags ?? []) urns.add(tag);
  return [...urns].sort().flatMap((urn) => {
    const name = tagName(urn);
    return name === undefined ? [] : [{ entityType: 'tag' as const, urn, aspect: { aspectName: 'tagKey', value: { name } } }];
  });
}

function description(topic: CommittedTopic): string | undefined {
  const fromFile = topic.topicFile?.description;
  if (typeof fromFile === 'string' && fromFile.trim() !== '') return fromFile;
  const value = topic.value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && typeof value.doc === 'string' && value.doc !== '') {
    return value.doc;
  }
  return undefined;
}

/**
 * The aspects DataHub's Kafka source would emit for the topic, plus the user-owned metadata
 * of topic.json. Throws TopicMetadataError when topic.json's owners/tags/domain are malformed.
 */
export function topicAspects(topic: CommittedTopic, settings: DatasetSettings, options: TopicAspectOptions = {}): TopicAspects {
  const urn = datasetUrn(topic.topic, settings.env, settings.platformInstance);
  const warnings: string[] = [];
  const metadata = topicMetadata(topic.topicFile, options.ownerMapping);
  const aspects: DatasetAspect[] = [{ aspectName: 'status', value: { removed: false } }];
  const schema = schemaMetadata(topic, warnings);
  if (schema) aspects.push(schema);
  const properties: Record<string, unknown> = { customProperties: customProperties(topic), name: topic.topic };
  const text = description(topic);
  if (text !== undefined) properties.description = text;
  properties.tags = [];
  aspects.push({ aspectName: 'datasetProperties', value: properties });
  aspects.push({ aspectName: 'subTypes', value: { typeNames: ['Topic'] } });

  const browsePath: Array<Record<string, string>> = [];
  // DataHub's source always emits the platform (instance); the instance only when there is one.
  const platform: Record<string, string> = { platform: KAFKA_PLATFORM_URN };
  if (settings.platformInstance) {
    const instance = platformInstanceUrn(settings.platformInstance);
    browsePath.push({ id: instance, urn: instance });
    platform.instance = instance;
  }
  aspects.push({ aspectName: 'dataPlatformInstance', value: platform });
  browsePath.push({ id: settings.env.toLowerCase() }, { id: 'kafka' });
  aspects.push({ aspectName: 'browsePathsV2', value: { path: browsePath } });

  if (metadata.owners) {
    aspects.push({
      aspectName: 'ownership',
      value: { owners: metadata.owners.map((o) => ({ owner: o.owner, type: o.type })), ownerTypes: {}, lastModified: UNKNOWN_AUDIT_STAMP },
    });
  }
  // One globalTags aspect: the value schema's Avro tags, then topic.json's. Only when either says
  // something, so that tags set in DataHub's UI stay otherwise.
  const schemaTags = schemaTagUrns(topic, warnings);
  const tags = metadata.tags || schemaTags.length > 0 ? [...new Set([...schemaTags, ...(metadata.tags ?? [])])] : undefined;
  if (tags) aspects.push({ aspectName: 'globalTags', value: { tags: tags.map((tag) => ({ tag })) } });
  if (metadata.domains) aspects.push({ aspectName: 'domains', value: { domains: metadata.domains } });
  if (options.links) aspects.push(institutionalMemory(topic.topic, options.links));
  const fields = (schema?.value.fields ?? []) as SchemaField[];
  return { topic: topic.topic, urn, aspects, related: tagKeys(tags ?? [], fields), warnings };
}

/**
 * Links to the topic's folder and the pull request that last changed it. DataHub stores
 * institutionalMemory whole, so this is the full list, the same on every emit of the same change
 * (no second entry for a URL); it replaces links added in DataHub's UI (docs/datahub.md).
 */
function institutionalMemory(topic: string, links: TopicLinks): DatasetAspect {
  const createStamp = { time: links.changedAt, actor: UNKNOWN_AUDIT_STAMP.actor };
  const elements = [{ url: links.folderUrl, description: `Schema source of ${topic} (reviewed in the repository)`, createStamp }];
  const pull = links.pullRequest;
  if (pull && pull.url !== links.folderUrl) {
    const name = pull.number === undefined ? 'Pull request' : `Pull request #${pull.number}`;
    elements.push({ url: pull.url, description: `${name} that last changed ${topic}${pull.title ? `: ${pull.title}` : ''}`, createStamp });
  }
  return { aspectName: 'institutionalMemory', value: { elements } };
}

/** A topic whose folder was deleted: soft-deleted in DataHub (status.removed), nothing else touched. */
export function removedTopicAspects(topic: string, settings: DatasetSettings): TopicAspects {
  return {
    topic,
    urn: datasetUrn(topic, settings.env, settings.platformInstance),
    aspects: [{ aspectName: 'status', value: { removed: true } }],
    warnings: [],
  };
}
