/** `npm run test:unit`: the suites that need no broker (test/unit), without starting Kafka. */
import base from './jest.config.js';

const { globalSetup: _setup, globalTeardown: _teardown, ...rest } = base;
export default { ...rest, roots: ['<rootDir>/test/unit'] };
