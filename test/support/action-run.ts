import { jest } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One Action step run in-process, as a runner sets it up: inputs as INPUT_<NAME>, GITHUB_*
 * variables (the event payload in a file), and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files that are
 * read back. The environment and stdout are restored afterwards.
 */
export interface ActionStep {
  inputs: Record<string, string>;
  /** GITHUB_* variables and others (e.g. GITHUB_REPOSITORY, GITHUB_API_URL). */
  env?: Record<string, string>;
  /** The event: its name and payload (written to the file GITHUB_EVENT_PATH names). */
  event?: { name: string; payload: unknown };
}

export interface ActionStepResult<T> {
  /** What `run` returned. */
  value: T;
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
  /** 1 when the step was marked failed (core.setFailed), else 0. */
  exitCode: number;
}

let folder: string | undefined;
/** @actions/core resolves the summary file once per process: every step reuses (and empties) one. */
let summaryFile: string | undefined;

export async function runActionStep<T>(step: ActionStep, run: () => Promise<T>): Promise<ActionStepResult<T>> {
  folder ??= await mkdtemp(join(tmpdir(), 'scout-action-step-'));
  summaryFile ??= join(folder, 'step-summary');
  const id = randomBytes(4).toString('hex');
  const output = join(folder, `${id}-output`);
  await writeFile(output, '');
  await writeFile(summaryFile, '');
  const env: Record<string, string> = { GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summaryFile, ...step.env };
  if (step.event) {
    const eventPath = join(folder, `${id}-event.json`);
    await writeFile(eventPath, JSON.stringify(step.event.payload));
    env.GITHUB_EVENT_NAME = step.event.name;
    env.GITHUB_EVENT_PATH = eventPath;
  }
  const saved = { ...process.env };
  for (const name of Object.keys(process.env)) if (name.startsWith('INPUT_')) delete process.env[name];
  Object.assign(process.env, env);
  for (const [name, value] of Object.entries(step.inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
  let stdout = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  process.exitCode = undefined;
  let value: T;
  try {
    value = await run();
  } finally {
    spy.mockRestore();
    process.env = saved;
  }
  const exitCode = typeof process.exitCode === 'number' ? process.exitCode : 0;
  process.exitCode = undefined;
  const outputs: Record<string, string> = {};
  // @actions/core writes name<<delimiter\nvalue\ndelimiter
  for (const match of (await readFile(output, 'utf8')).matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]!] = match[3]!;
  return { value, outputs, summary: await readFile(summaryFile, 'utf8'), stdout, exitCode };
}
