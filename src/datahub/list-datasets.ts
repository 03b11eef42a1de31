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
  /** Committed topics DataHub does not have, by dataset name (`[<instance>.]<topic>`). */
  missingInDataHub: string[];
  /** Kafka datasets in DataHub (an env and platform instance the emitted clusters use) with no committed topic. */
  missingInRepository: string[];
}

/**
 * Compares the committed topics' dataset URNs with DataHub's, within the envs and platform
 * instances the emitted clusters use. Without an instance every name of the env is in scope:
 * names like `other-instance.topic` may belong to another instance; they are kept.
 */
export function compareWithDataHub(committedUrns: string[], datahubUrns: string[], scopes: Array<{ env: string; platformInstance?: string }>): Drift {
  const committed = new Set(committedUrns);
  const inDataHub = new Set(datahubUrns);
  const inScope = (urn: string) => {
    const parsed = datasetNameOf(urn);
    return (
      parsed !== undefined &&
      scopes.some((scope) => parsed.env === scope.env && (!scope.platformInstance || parsed.name.startsWith(`${scope.platformInstance}.`)))
    );
  };
  const names = (urns: string[]) => urns.map((urn) => datasetNameOf(urn)?.name ?? urn).sort();
  return {
    missingInDataHub: names([...committed].filter((urn) => !inDataHub.has(urn))),
    missingInRepository: names([...inDataHub].filter((urn) => inScope(urn) && !committed.has(urn))),
  };
}
