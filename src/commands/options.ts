import { InvalidArgumentError, Option, type Command } from 'commander';

export function positiveInteger(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return value;
}

/** A whole number from 0 to 100 (a trailing % allowed). */
export function percentage(text: string): number {
  if (!/^\d{1,3}%?$/.test(text) || Number(text.replace(/%$/, '')) > 100) throw new InvalidArgumentError('expected a percentage from 0 to 100');
  return Number(text.replace(/%$/, ''));
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Connection flags shared by every command that talks to Kafka. Secrets may come from the environment. */
export function addConnectionOptions(command: Command): Command {
  return command
    .requiredOption('-b, --brokers <list>', 'bootstrap brokers, host:port[,host:port]', process.env.KAFKA_BROKERS)
    .addOption(new Option('--sasl-mechanism <mechanism>', 'SASL mechanism').choices(['plain', 'scram-sha-256', 'scram-sha-512']))
    .option('--sasl-username <name>', 'SASL user name', process.env.KAFKA_SASL_USERNAME)
    .option('--sasl-password <password>', 'SASL password (prefer the KAFKA_SASL_PASSWORD environment variable)')
    .option('--ssl', 'connect with TLS (system CAs unless --ssl-ca)')
    .option('--ssl-ca <file>', "PEM file of the CA that signed the brokers' certificates (implies --ssl)")
    .option('--ssl-cert <file>', 'PEM file of the client certificate (implies --ssl)')
    .option('--ssl-key <file>', 'PEM file of the client key (implies --ssl)')
    .option('--ssl-key-password <password>', 'passphrase of the client key (prefer KAFKA_SSL_KEY_PASSWORD)')
    .option('--ssl-insecure', "do not verify the brokers' certificates (testing only)")
    .option('--connection-timeout <ms>', 'connection timeout per broker in milliseconds', positiveInteger, 10_000);
}
