import * as core from '@actions/core';
import { UsageError } from '../util/errors';
import { withoutCredentials } from '../util/url';

/** Inputs that hold secrets: masked in the log as soon as the action reads its first input. */
export const SECRET_INPUTS = ['github-token', 'sasl-password', 'ssl-key', 'ssl-key-password', 'schema-registry-password', 'datahub-token'] as const;

/** Inputs that are URLs and may carry credentials (`https://key:secret@host`). */
export const URL_INPUTS = ['schema-registry-url', 'datahub-gms-url'] as const;

let secretsMasked = false;

/** Registers a secret with the runner; a multi-line one (a PEM key) also line by line. */
function mask(value: string): void {
  core.setSecret(value);
  const lines = value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length >= 4);
  if (lines.length > 1) for (const line of lines) core.setSecret(line);
}

/** Masks the credentials of a URL, as written and percent-decoded (the password; a user name alone may be a key). */
function maskUrlCredentials(value: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return; // not a URL: the command's check says so, without repeating it
  }
  const written = url.password || url.username;
  if (!written) return;
  mask(written);
  const decoded = withoutCredentials(value);
  const secret = url.password ? decoded.password : decoded.username;
  if (secret && secret !== written) mask(secret);
}

/**
 * Masks every secret input at once, and the credentials of URL inputs, whichever command runs
 * and before anything is logged (an error message of the scan stage cannot show the GitHub
 * token read later).
 */
export function maskSecretInputs(): void {
  secretsMasked = true;
  for (const name of SECRET_INPUTS) {
    const value = core.getInput(name).trim();
    if (value !== '') mask(value);
  }
  for (const name of URL_INPUTS) maskUrlCredentials(core.getInput(name).trim());
}

/** Reads action inputs (kebab-case, as declared in action.yml). Empty means "not given". */
export function input(name: string): string | undefined {
  if (!secretsMasked) maskSecretInputs();
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

export function requiredInput(name: string): string {
  const value = input(name);
  if (value === undefined) throw new UsageError(`input '${name}' is required`);
  return value;
}

/** A secret input: masked in every log line from here on. */
export function secretInput(name: string): string | undefined {
  const value = input(name);
  if (value !== undefined) mask(value);
  return value;
}

export function listInput(name: string): string[] {
  return (input(name) ?? '')
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

export function booleanInput(name: string, fallback: boolean): boolean {
  const value = input(name);
  if (value === undefined) return fallback;
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new UsageError(`input '${name}' must be true or false, got ${JSON.stringify(value)}`);
}

export function integerInput(name: string, fallback: number): number {
  const value = input(name);
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number <= 0) {
    throw new UsageError(`input '${name}' must be a positive whole number, got ${JSON.stringify(value)}`);
  }
  return number;
}
