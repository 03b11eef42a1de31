/**
 * kafkajs 2.2.4 (unmaintained) calls setTimeout with a negative delay when its request
 * queue is idle; Node ≥ 23 warns about it where older Node silently clamped to 1 ms, which
 * is still what happens. Only that warning is dropped; every other one is printed as usual.
 */
export function dropKafkajsTimeoutWarnings(): void {
  const printers = process.listeners('warning');
  process.removeAllListeners('warning');
  process.on('warning', (warning) => {
    if (warning.name === 'TimeoutNegativeWarning') return;
    for (const print of printers) print(warning);
  });
}
