import 'reflect-metadata';
import { isCommonPassword } from '@curbside/auth';
import { ensureAdministrator, normalizeEmail } from '@curbside/clinicians';
import { ConfigError, loadConfig } from '@curbside/config';
import {
  type Database,
  DatabaseLockedError,
  inTransaction,
  openDatabase,
  targetFromEnvironment,
} from '@curbside/database';
import { isEmail } from 'class-validator';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ENTITIES } from '../apps/api/src/entities.js';
import {
  formatImportSummary,
  ImportProgressReporter,
  importRegistry,
  RegistryChecksService,
  RegistryFormatError,
} from '@curbside/licensing';
import { AuditService } from '@curbside/audit';
import { RequestContext } from '@curbside/core';
import { MIGRATIONS } from '../migrations/index.js';
import { mailOutboxFile } from '@curbside/notifications';

const HELP = `Curbside command line

usage: npm run cli -- COMMAND [options]

commands:
  admin:create --email EMAIL --password-stdin
      Creates an administrator. The password is read from the first line of standard input
      (at least 12 characters), e.g. npm run cli -- admin:create --email a@b.org --password-stdin < pw.txt
  registry:import FILE
      Streams an NPPES NPI dissemination CSV into the registry table (individuals only).
      Malformed rows are counted and listed by line number; the import goes on.
  mail:list [--last N] [--show K]
      Lists the e-mail written to the local outbox (DATA_DIR/mail-outbox.jsonl, used when no
      SMTP_URL is set): date, recipient and subject of the last N messages (20 by default);
      --show K prints the K-th newest message's plain text as well.
  help
      Shows this text.

The database is the application's: DATABASE_URL when set, otherwise the embedded one in DATA_DIR.
Pending migrations are applied first.`;

const MIN_PASSWORD = 12;
const MAX_PASSWORD = 256;

/** An expected failure: its message is shown as is, without a stack trace. */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

function say(message: string): void {
  process.stderr.write(`${message}\n`);
}

async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase({
    target: targetFromEnvironment(config.DATABASE_URL, config.DATA_DIR),
    entities: ENTITIES,
    migrations: MIGRATIONS,
  });
  try {
    const applied = await database.dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0) say(`Applied ${applied.length} pending migration(s).`);
    return await work(database);
  } finally {
    await database.close();
  }
}

/** The first line of standard input, without its line break; never echoed. */
async function readFirstLine(): Promise<string> {
  if (process.stdin.isTTY) {
    throw new CliError(
      '--password-stdin reads the password from a pipe or file, e.g. `... --password-stdin < pw.txt`',
    );
  }
  let text = '';
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    text += chunk.toString('utf8');
    if (text.includes('\n') || text.length > MAX_PASSWORD * 4) break;
  }
  return text.split('\n', 1)[0].replace(/\r$/, '');
}

async function adminCreate(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { email: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
    strict: true,
  });
  const email = normalizeEmail(values.email ?? '');
  if (!isEmail(email) || email.length > 254)
    throw new CliError('admin:create needs --email with an email address', 2);
  if (!values['password-stdin'])
    throw new CliError('admin:create needs --password-stdin (the password is never an argument)', 2);
  const password = await readFirstLine();
  if (password.length < MIN_PASSWORD)
    throw new CliError(`The password must be at least ${MIN_PASSWORD} characters.`, 2);
  if (isCommonPassword(password)) throw new CliError('This password is too common; choose another.', 2);
  if (password.length > MAX_PASSWORD)
    throw new CliError(`The password must be at most ${MAX_PASSWORD} characters.`, 2);

  const created = await withDatabase(({ dataSource }) =>
    inTransaction(dataSource, (manager) =>
      ensureAdministrator(manager, email, password, { onlyIfNoAdmin: false }),
    ),
  );
  if (!created) throw new CliError(`An account with the email ${email} already exists; nothing was changed.`);
  say(`Administrator ${created.email} created (id ${created.id}).`);
}

async function registryImport(args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true, strict: true });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new CliError('usage: npm run cli -- registry:import FILE', 2);
  if (!existsSync(file) || !statSync(file).isFile()) throw new CliError(`No such file: ${file}`, 2);

  const abort = new AbortController();
  const stop = (): void => abort.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const reporter = new ImportProgressReporter(process.stderr);
  try {
    const started = new Date();
    const { summary, checks } = await withDatabase(async ({ dataSource }) => {
      const summary = await importRegistry(dataSource, file, {
        onProgress: (p) => reporter.update(p),
        signal: abort.signal,
      });
      // Licences whose registry rows changed are compared again: flags, and revocation of deactivated NPIs.
      const checker = new RegistryChecksService(new AuditService(dataSource));
      const checks = await inTransaction(dataSource, (manager) =>
        checker.recheck(manager, RequestContext.system('registry-import'), { importedSince: started }),
      );
      return { summary, checks };
    });
    reporter.finish();
    say(formatImportSummary(summary, 100));
    say(
      `  licences checked again: ${checks.checked} (${checks.flagged} flagged, ${checks.revoked.length} revoked)`,
    );
  } catch (error) {
    reporter.finish();
    if (abort.signal.aborted)
      throw new CliError('Import interrupted; the rows written so far are kept.', 130);
    throw error;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}

interface OutboxMail {
  date?: string;
  to?: string;
  subject?: string;
  text?: string;
}

/** Reads the local mail outbox; no database is opened. */
function mailList(args: string[]): void {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { last: { type: 'string' }, show: { type: 'string' } },
  });
  const last = Number(values.last ?? 20);
  const show = values.show === undefined ? undefined : Number(values.show);
  const wholeNumber = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 1);
  if (positionals.length > 0 || !wholeNumber(last) || !wholeNumber(show)) {
    throw new CliError('usage: npm run cli -- mail:list [--last N] [--show K]', 2);
  }
  const file = mailOutboxFile(loadConfig().DATA_DIR);
  if (!existsSync(file)) {
    say(`No e-mail in the local outbox yet (${file}).`);
    return;
  }
  const messages = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as OutboxMail)
    .reverse();
  say(`${messages.length} message(s) in ${file}; newest first:`);
  messages.slice(0, last).forEach((m, i) => {
    process.stdout.write(`${i + 1}. ${m.date ?? '?'}  ${m.to ?? '?'}  ${m.subject ?? ''}\n`);
  });
  if (show !== undefined) {
    const message = messages[show - 1];
    if (!message) throw new CliError(`There is no message ${show}.`, 2);
    process.stdout.write(`\n${message.text ?? ''}\n`);
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  switch (command) {
    case 'admin:create':
      return adminCreate(args);
    case 'registry:import':
      return registryImport(args);
    case 'mail:list':
      return mailList(args);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${HELP}\n`);
      return;
    default:
      throw new CliError(`Unknown command "${command}".\n\n${HELP}`, 2);
  }
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof CliError) {
    say(`curbside: ${error.message}`);
    process.exitCode = error.exitCode;
  } else if (
    error instanceof ConfigError ||
    error instanceof DatabaseLockedError ||
    error instanceof RegistryFormatError
  ) {
    say(`curbside: ${error.message}`);
    process.exitCode = 1;
  } else if (
    error instanceof TypeError &&
    (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')
  ) {
    say(`curbside: ${error.message}`);
    process.exitCode = 2;
  } else {
    // Only names and messages: nothing of the input (passwords, file rows) is ever part of them.
    say(`curbside: failed: ${error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error'}`);
    process.exitCode = 1;
  }
}
