import { planPartitionRanges } from '../../../src/kafka/sample-plan';

describe('planPartitionRanges', () => {
  const offsets = [
    { partition: 1, low: '0', high: '250' },
    { partition: 0, low: '40', high: '90' },
    { partition: 2, low: '7', high: '7' }, // emptied by retention
  ];

  it('reads the newest records of each partition, skipping empty ones', () => {
    expect(planPartitionRanges(offsets, 100, 'latest')).toEqual([
      { partition: 0, start: 40n, end: 90n },
      { partition: 1, start: 150n, end: 250n },
    ]);
  });

  it('reads the oldest records with earliest', () => {
    expect(planPartitionRanges(offsets, 100, 'earliest')).toEqual([
      { partition: 0, start: 40n, end: 90n },
      { partition: 1, start: 0n, end: 100n },
    ]);
  });

  it('keeps offsets beyond 2^53 exact', () => {
    const [range] = planPartitionRanges([{ partition: 0, low: '0', high: '9007199254740993' }], 1, 'latest');
    expect(range).toEqual({ partition: 0, start: 9007199254740992n, end: 9007199254740993n });
  });
});
