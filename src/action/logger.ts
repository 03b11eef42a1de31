import * as core from '@actions/core';
import type { Logger } from '../util/log';

/** The log of an Action run: warnings and errors become annotations, debug lines show with step debugging. */
export const actionLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  warn: (message) => core.warning(message),
  error: (message) => core.error(message),
};
