// One CLI command: its words, its options (node:util parseArgs), a zod schema that turns what was
// parsed (`{ values, positionals }`) into the command's input, what it does with core, and how it reads to a person.
import type { ParseArgsConfig } from 'node:util';
import type { z } from 'zod';
import type { Core } from '../core/app';

export interface CliCommand<Input = unknown, Result = unknown> {
  /** The words that name it, e.g. ["accounts", "list"]. */
  words: readonly string[];
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  input: z.ZodType<Input>;
  run(core: Core, input: Input): Promise<Result>;
  /** The human-readable answer (without --json). */
  print(result: Result): string;
  /** A result that is still a failure (exit 1 after printing it), e.g. an import that imported nothing. */
  failed?(result: Result): boolean;
}

/** Keeps each command's Input and Result types tied together inside the table. */
export const defineCommand = <Input, Result>(command: CliCommand<Input, Result>): CliCommand => command as unknown as CliCommand;
