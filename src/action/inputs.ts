import * as core from '@actions/core';
import { UsageError } from '../util/errors';

/** Inputs that hold secrets: masked in the log as soon as the action reads its first input. */
export const SECRET_INPUTS = [
  'github-token',
  'sasl-password',
  'ssl-key',
  'ssl-key-password',
  'schema-registry-password',
  'datahub-token',
] as const;

let secretsMasked = false;

/** Registers a secret with the runner; a multi-line one (a PEM key) also line by line. */
function mask(value: string): void {
  core.setSecret(value);
  const lines = value.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length >= 4);
  if (lines.length > 1) for (const line of lines) core.setSecret(line);
}

/**
 * Masks every secret input at once, whichever command runs and before anything is logged
 * (an error message of the scan stage cannot show the GitHub token read later).
 */
export function maskSecretInputs(): void {
  secretsMasked = true;
  for (const name of SECRET_INPUTS) {
    const value = core.getInput(name).trim();
    if (value !== '') mask(value);
  }
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
