import type { ConnectionOptions } from './connect';
import { CLI_NAMES, parseBrokers, parseSaslMechanism, type ConnectionNames } from './connect';
import { UsageError } from '../util/errors';

export interface ConnectionFlags {
  brokers: string;
  saslMechanism?: string;
  saslUsername?: string;
  saslPassword?: string;
  ssl?: boolean;
  sslCa?: string;
  sslCert?: string;
  sslKey?: string;
  sslKeyPassword?: string;
  sslInsecure?: boolean;
  connectionTimeout?: number;
}

/** Turns flags (CLI) or inputs (action) into connection options; secrets may come from the environment. */
export function connectionFromFlags(flags: ConnectionFlags, env: NodeJS.ProcessEnv = process.env, names: ConnectionNames = CLI_NAMES): ConnectionOptions {
  const options: ConnectionOptions = {
    brokers: parseBrokers(flags.brokers, names),
    connectionTimeoutMs: flags.connectionTimeout,
  };
  if (flags.saslMechanism) {
    const mechanism = parseSaslMechanism(flags.saslMechanism, names.saslMechanism);
    const username = flags.saslUsername ?? env.KAFKA_SASL_USERNAME;
    const password = flags.saslPassword ?? env.KAFKA_SASL_PASSWORD;
    if (!username || password === undefined) {
      throw new UsageError(`SASL needs a user name and a password (${names.credentials})`);
    }
    options.sasl = { mechanism, username, password };
  }
  const tls = flags.ssl || flags.sslCa || flags.sslCert || flags.sslKey || flags.sslInsecure;
  if (tls) {
    if (Boolean(flags.sslCert) !== Boolean(flags.sslKey)) {
      throw new UsageError(`a TLS client certificate needs both ${names.tlsClient}`);
    }
    options.ssl = {
      ca: flags.sslCa,
      cert: flags.sslCert,
      key: flags.sslKey,
      passphrase: flags.sslKeyPassword ?? env.KAFKA_SSL_KEY_PASSWORD,
      rejectUnauthorized: !flags.sslInsecure,
    };
  }
  return options;
}
