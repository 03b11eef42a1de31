/** Where progress and problems go: stderr for the CLI, @actions/core for the action. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

export function stderrLogger(verbose = false): Logger {
  const write = (prefix: string) => (message: string) => process.stderr.write(`${prefix}${message}\n`);
  return {
    debug: verbose ? write('debug: ') : () => {},
    info: write(''),
    warn: write('warning: '),
    error: write('error: '),
  };
}
