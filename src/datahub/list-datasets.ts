import { KAFKA_PLATFORM_URN, datasetNameOf } from './urn';
import type { DataHubRestEmitter } from './rest-emitter';

/** DataHub's Kafka datasets (not soft-deleted), by GraphQL `scrollAcrossEntities`, all pages. */

const SCROLL_QUERY = `query scoutKafkaDatasets($input: ScrollAcrossEntitiesInput!) {
  scrollAcrossEntities(input: $input) {
    nextScrollId
    count
    searchResults { entity { urn } }
  }
}`;

interface ScrollAnswer {
  scrollAcrossEntities: { nextScrollId: string | null; count: number; searchResults: Array<{ entity: { urn: string } }> } | null;
}

const PAGE_SIZE = 1000;
/** A guard against a server that never ends the scroll. */
const MAX_PAGES = 10_000;

export async function listKafkaDatasetUrns(emitter: Pick<DataHubRestEmitter, 'graphql'>): Promise<string[]> {
  const urns: string[] = [];
  let scrollId: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const input: Record<string, unknown> = {
      types: ['DATASET'],
      query: '*',
      count: PAGE_SIZE,
      orFilters: [
        {
          and: [
            { field: 'platform', values: [KAFKA_PLATFORM_URN] },
            { field: 'removed', values: ['true'], negated: true },
          ],
        },
      ],
    };
    if (scrollId) input.scrollId = scrollId;
    const answer: ScrollAnswer = await emitter.graphql<ScrollAnswer>(SCROLL_QUERY, { input });
    const result = answer.scrollAcrossEntities;
    if (!result) break;
    urns.push(...result.searchResults.map((r) => r.entity.urn));
    scrollId = result.nextScrollId;
    if (!scrollId || result.searchResults.length === 0) break;
  }
  return [...new Set(urns)].sort();
}

export interface Drift {
  /** Topics committed in the repository that DataHub does not have. */
  missingInDataHub: string[];
  /** Kafka datasets in DataHub (same env and platform instance) with no committed topic. */
  missingInRepository: string[];
}

/** Compares committed topics with DataHub's dataset URNs for the same env and platform instance. */
export function compareWithDataHub(
  committedTopics: string[],
  datahubUrns: string[],
  settings: { env: string; platformInstance?: string },
): Drift {
  const prefix = settings.platformInstance ? `${settings.platformInstance}.` : '';
  const inDataHub = new Set<string>();
  for (const urn of datahubUrns) {
    const parsed = datasetNameOf(urn);
    if (!parsed || parsed.env !== settings.env) continue;
    if (prefix && !parsed.name.startsWith(prefix)) continue;
    const topic = parsed.name.slice(prefix.length);
    // Without an instance, names like "other-instance.topic" may belong to another instance; keep them.
    inDataHub.add(topic);
  }
  const committed = new Set(committedTopics);
  return {
    missingInDataHub: [...committed].filter((t) => !inDataHub.has(t)).sort(),
    missingInRepository: [...inDataHub].filter((t) => !committed.has(t)).sort(),
  };
}
