// `columns <command> [--json]`: the same core and data folder as the app (COLUMNS_DATA_DIR), for
// scripts and support. One JSON document on stdout with --json; errors are one line on stderr,
// exit 2 for a command line that does not parse, 1 for a command that failed.
import { homedir } from 'node:os';
import { parseArgs } from 'node:util';
import { createCore, type Core } from '../core/app';
import { coreOptionsFromEnv } from '../core/env-config';
import { AppError } from '../core/errors';
import { resolveDataDir } from '../core/paths';
import { describeError } from '../core/safe-error';
import { version } from '../../../package.json';
import type { CliCommand } from './command';
import { COMMANDS } from './commands';

class UsageError extends Error {}

const USAGE = ['Usage: columns <command> [--json]', ...COMMANDS.map((command) => `  columns ${command.usage}`)].join('\n');

function findCommand(argv: string[]): { command: CliCommand; rest: string[] } {
  const command = COMMANDS.find((candidate) => candidate.words.every((word, index) => argv[index] === word));
  if (!command) {
    const given = argv.filter((arg) => !arg.startsWith('-')).slice(0, 2).join(' ');
    throw new UsageError(given ? `unknown command "${given}" (try: ${COMMANDS.map((c) => c.words.join(' ')).join(', ')})` : 'no command given');
  }
  return { command, rest: argv.slice(command.words.length) };
}

function parseCommandLine(command: CliCommand, rest: string[]): { input: unknown; json: boolean } {
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...command.options, json: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'bad arguments');
  }
  const { json, ...values } = parsed.values as Record<string, string | boolean | undefined>;
  const input = command.input.safeParse({ values, positionals: parsed.positionals });
  if (!input.success) throw new UsageError(`${command.words.join(' ')}: ${input.error.issues[0]?.message ?? 'bad arguments'}`);
  return { input: input.data, json: json === true };
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

async function main(argv: string[]): Promise<number> {
  let command: CliCommand;
  let input: unknown;
  let json: boolean;
  try {
    const found = findCommand(argv);
    command = found.command;
    ({ input, json } = parseCommandLine(command, found.rest));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`columns: ${oneLine(error.message)}\n${argv.includes('--json') ? '' : `${USAGE}\n`}`);
    return 2;
  }
  let core: Core | undefined;
  try {
    core = createCore({
      dataDir: resolveDataDir({ env: process.env, platform: process.platform, home: homedir() }),
      mode: 'browser',
      version,
      ...coreOptionsFromEnv(process.env),
      // Only commands that publish (post) start the publisher; the others must not take its lock.
      publish: false,
      publisherName: `columns ${command.words.join(' ')}`,
    });
    const result = await command.run(core, input);
    process.stdout.write(json ? `${JSON.stringify(result)}\n` : `${command.print(result)}\n`);
    return command.failed?.(result) ? 1 : 0;
  } catch (error) {
    const reason = error instanceof AppError ? error.message : describeError(error);
    process.stderr.write(`columns: ${oneLine(reason)}\n`);
    return 1;
  } finally {
    await core?.close().catch(() => undefined);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`columns: ${oneLine(describeError(error))}\n`);
    process.exit(1);
  },
);
