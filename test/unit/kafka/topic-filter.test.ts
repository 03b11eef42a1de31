import { createTopicFilter, unmatchedIncludes } from '../../../src/kafka/topic-filter';
import { UsageError } from '../../../src/util/errors';

describe('createTopicFilter', () => {
  it('skips internal topics by default, as DataHub does', () => {
    const keep = createTopicFilter({});
    expect(['orders', '__consumer_offsets', '_schemas', '_confluent-metrics'].filter(keep)).toEqual(['orders']);
    expect(createTopicFilter({ includeInternal: true })('_schemas')).toBe(true);
  });

  it('applies include and exclude to the whole name', () => {
    const keep = createTopicFilter({ include: ['shop\\..*', 'web\\..*'], exclude: ['.*\\.dlq'] });
    expect(['shop.orders', 'shop.orders.dlq', 'web.views', 'myshop.orders'].filter(keep)).toEqual(['shop.orders', 'web.views']);
  });

  it('names an invalid pattern', () => {
    expect(() => createTopicFilter({ exclude: ['(unclosed'] })).toThrow(UsageError);
    expect(() => createTopicFilter({ exclude: ['(unclosed'] })).toThrow(/exclude pattern "\(unclosed"/);
  });
});

describe('unmatchedIncludes', () => {
  it('names the include patterns that match no topic of the cluster (a typo, or the wrong cluster)', () => {
    const topics = ['orders', 'payments', 'orders.dlq'];
    expect(unmatchedIncludes({ include: ['orders', 'paymnts', 'pay.*', ' '] }, topics)).toEqual(['paymnts']);
    expect(unmatchedIncludes({}, topics)).toEqual([]);
  });
});
