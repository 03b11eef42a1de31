import * as core from '@actions/core';
import { UsageError } from '../util/errors';

/** Reads action inputs (kebab-case, as declared in action.yml). Empty means "not given". */
export function input(name: string): string | undefined {
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
  if (value !== undefined) core.setSecret(value);
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
