import { readFileSync } from 'node:fs';
import { Kafka, logLevel, type KafkaConfig, type SASLOptions } from 'kafkajs';
import type { Logger } from '../util/log';
import { UsageError } from '../util/errors';
import { registerCompressionCodecs } from './codecs';
import { checkKafkajsInternals } from './kafkajs-internals';

export type SaslMechanism = 'plain' | 'scram-sha-256' | 'scram-sha-512';

export interface ConnectionOptions {
  brokers: string[];
  clientId?: string;
  sasl?: { mechanism: SaslMechanism; username: string; password: string };
  /** true: TLS with the system CAs; object: PEM file paths (or PEM text) for CA and client certificate. */
  ssl?: boolean | { ca?: string; cert?: string; key?: string; passphrase?: string; rejectUnauthorized?: boolean };
  connectionTimeoutMs?: number;
  requestTimeoutMs?: number;
}

const SASL_MECHANISMS: readonly SaslMechanism[] = ['plain', 'scram-sha-256', 'scram-sha-512'];

/** How the connection settings are called where they come from, so errors name what the user wrote. */
export interface ConnectionNames {
  brokers: string;
  saslMechanism: string;
  credentials: string;
  tlsClient: string;
}

export const CLI_NAMES: ConnectionNames = {
  brokers: '--brokers',
  saslMechanism: '--sasl-mechanism',
  credentials: '--sasl-username and KAFKA_SASL_PASSWORD',
  tlsClient: '--ssl-cert and --ssl-key',
};

export const ACTION_INPUT_NAMES: ConnectionNames = {
  brokers: "input 'brokers'",
  saslMechanism: "input 'sasl-mechanism'",
  credentials: "inputs 'sasl-username' and 'sasl-password'",
  tlsClient: "inputs 'ssl-cert' and 'ssl-key'",
};

export function parseSaslMechanism(text: string, what = '--sasl-mechanism'): SaslMechanism {
  const mechanism = text.toLowerCase() as SaslMechanism;
  if (!SASL_MECHANISMS.includes(mechanism)) {
    throw new UsageError(`${what}: unknown SASL mechanism ${JSON.stringify(text)}: use one of ${SASL_MECHANISMS.join(', ')}`);
  }
  return mechanism;
}

export function parseBrokers(text: string | string[], names: Pick<ConnectionNames, 'brokers' | 'credentials'> = CLI_NAMES): string[] {
  const brokers = (Array.isArray(text) ? text : [text]).flatMap((item) => item.split(/[,\s]+/)).filter(Boolean);
  if (brokers.length === 0) throw new UsageError(`no brokers given: pass ${names.brokers} host:port[,host:port]`);
  for (const broker of brokers) {
    if (!/^[^:@\s]+:\d{1,5}$/.test(broker) && !/^\[[0-9a-fA-F:]+\]:\d{1,5}$/.test(broker)) {
      // `user:password@host:port` is not repeated: credentials go in the SASL options
      const shown = broker.includes('@') ? `***@${broker.slice(broker.lastIndexOf('@') + 1)}` : broker;
      throw new UsageError(`${names.brokers}: invalid broker address ${JSON.stringify(shown)}: expected host:port (credentials go in ${names.credentials})`);
    }
  }
  return brokers;
}

/** A PEM given inline (starts with -----BEGIN) or as a file path. */
function pem(value: string | undefined, what: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (value.includes('-----BEGIN')) return value;
  try {
    return readFileSync(value, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the ${what} file ${value}: ${(error as Error).message}`);
  }
}

function sslConfig(ssl: ConnectionOptions['ssl']): KafkaConfig['ssl'] {
  if (!ssl) return undefined;
  if (ssl === true) return true;
  return {
    ca: pem(ssl.ca, 'TLS CA'),
    cert: pem(ssl.cert, 'TLS client certificate'),
    key: pem(ssl.key, 'TLS client key'),
    passphrase: ssl.passphrase || undefined,
    rejectUnauthorized: ssl.rejectUnauthorized ?? true,
  };
}

/** kafkajs logs go to debug: the scout reports failures itself, per topic and by name. */
function kafkajsLogCreator(logger: Logger) {
  return () =>
    ({ namespace, log }: { namespace: string; log: { message: string } }) =>
      logger.debug(`kafkajs ${namespace}: ${log.message}`);
}

export function createKafka(options: ConnectionOptions, logger: Logger): Kafka {
  registerCompressionCodecs();
  const kafka = new Kafka({
    clientId: options.clientId ?? 'kafka-schema-scout',
    brokers: options.brokers,
    ssl: sslConfig(options.ssl),
    sasl: options.sasl as SASLOptions | undefined,
    connectionTimeout: options.connectionTimeoutMs ?? 10_000,
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    retry: { retries: 3, initialRetryTime: 250, maxRetryTime: 3_000 },
    logLevel: logLevel.WARN,
    logCreator: kafkajsLogCreator(logger),
  });
  checkKafkajsInternals(kafka);
  return kafka;
}
