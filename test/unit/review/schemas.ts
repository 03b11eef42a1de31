/** Schema texts for review tests, formatted as committed files are (2-space JSON, trailing newline). */

export const text = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export const order = (fields: object[]): string => text({ type: 'record', name: 'Order', namespace: 'com.acme', fields });

export const ORDER_V1 = order([
  { name: 'id', type: 'long' },
  { name: 'amount', type: 'double' },
]);

/** An optional field with a default: FULL. */
export const ORDER_FULL = order([
  { name: 'id', type: 'long' },
  { name: 'amount', type: 'double' },
  { name: 'note', type: ['null', 'string'], default: null },
]);

/** `amount` removed (it had no default): old readers break, so BACKWARD only. */
export const ORDER_BACKWARD = order([{ name: 'id', type: 'long' }]);

/** A required field added: new readers cannot read old data, so FORWARD only. */
export const ORDER_FORWARD = order([
  { name: 'id', type: 'long' },
  { name: 'amount', type: 'double' },
  { name: 'currency', type: 'string' },
]);

/** `id` becomes a string: NONE. */
export const ORDER_NONE = order([
  { name: 'id', type: 'string' },
  { name: 'amount', type: 'double' },
]);

export const topicJson = (extra: object = {}): string => text({ partitions: 3, replicationFactor: 1, valueFormat: 'json', ...extra });
