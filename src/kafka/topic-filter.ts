import { UsageError } from '../util/errors';

/**
 * Which topics a scan covers. Internal topics (names starting with `_`: `__consumer_offsets`,
 * `__transaction_state`, `_schemas`, `_confluent-*`, as DataHub's Kafka source skips them)
 * are left out unless `includeInternal`; then `include` (any match; default all) and
 * `exclude` (no match) regular expressions apply, each matched against the whole name.
 */
export interface TopicFilterOptions {
  include?: string[];
  exclude?: string[];
  includeInternal?: boolean;
}

export function isInternalTopic(name: string): boolean {
  return name.startsWith('_');
}

function compile(patterns: string[] | undefined, flag: string): RegExp[] {
  return (patterns ?? [])
    .filter((pattern) => pattern.trim() !== '')
    .map((pattern) => {
      try {
        return new RegExp(`^(?:${pattern})$`);
      } catch (error) {
        throw new UsageError(`invalid ${flag} pattern ${JSON.stringify(pattern)}: ${(error as Error).message}`);
      }
    });
}

/** The `include` patterns that match none of `topics` (each as given): a typo, or the wrong cluster. */
export function unmatchedIncludes(options: TopicFilterOptions, topics: readonly string[]): string[] {
  const given = (options.include ?? []).filter((pattern) => pattern.trim() !== '');
  return given.filter((_, index) => !topics.some((topic) => compile([given[index]!], 'include')[0]!.test(topic)));
}

export function createTopicFilter(options: TopicFilterOptions): (topic: string) => boolean {
  const include = compile(options.include, 'include');
  const exclude = compile(options.exclude, 'exclude');
  return (topic) =>
    (options.includeInternal || !isInternalTopic(topic)) &&
    (include.length === 0 || include.some((pattern) => pattern.test(topic))) &&
    !exclude.some((pattern) => pattern.test(topic));
}
