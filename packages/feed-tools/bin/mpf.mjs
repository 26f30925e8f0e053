#!/usr/bin/env node
/**
 * mpf: feed tools for micro-provider-finder.
 *   mpf convert <input> --to feed [--out <file>] [--publisher <name>]
 *   mpf validate <feed>
 *   mpf export <feed> --to oruk3 [--out <file>]
 * Exit codes: 0 done (problems, if any, listed on stderr), 1 the input has problems that
 * skip records (validate: any problem), 2 usage error or unreadable input.
 */
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { servicesFromDatapackage } from '../lib/datapackage.mjs';
import { toOruk3 } from '../lib/export-oruk.mjs';
import { formatProblem } from '../lib/report.mjs';
import { loadSdk } from '../lib/sdk.mjs';
import { feedFromTemplate, looksLikeTemplate } from '../lib/template.mjs';
import { readZip } from '../lib/zip.mjs';

const HELP = `mpf - feed tools for micro-provider-finder

Usage:
  mpf convert <input> --to feed [--out <file>] [--publisher <name>]
      <input>: Open Referral JSON (ORUK 1.0/3.0, HSDS 3.x, Outpost: any page or service shape),
               an HSDS CSV datapackage (folder or .zip with services.csv, locations.csv, ...),
               or our CSV template (.csv with id,name,support,... columns).
      Writes a micro-provider-feed/1 document (stdout unless --out).
  mpf validate <feed>
      Checks a micro-provider-feed/1 (or Open Referral) JSON file; lists every problem.
  mpf export <feed> --to oruk3 [--out <file>]
      Writes the feed's providers as an ORUK 3.0 service list.

Problems go to stderr, one a line: record <index> (id "<id>"): <skipped|field> <path>: <reason>.
Exit codes: 0 done; 1 records were skipped (validate: any problem found); 2 usage or unreadable input.
`;

class UsageError extends Error {}

async function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { to: { type: 'string' }, out: { type: 'string' }, publisher: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, input, ...rest] = positionals;
  if (values.help || command === 'help' || command === undefined) {
    process.stdout.write(HELP);
    return command === undefined && !values.help ? 2 : 0;
  }
  if (rest.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(rest[0])}`);
  if (!['convert', 'validate', 'export'].includes(command)) throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  if (input === undefined) throw new UsageError(`${command} needs an input file`);
  const sdk = await loadSdk();

  if (command === 'convert') {
    if (values.to !== 'feed') throw new UsageError('convert needs --to feed');
    const feed = await convert(sdk, input, values.publisher);
    await output(values.out, feed.document);
    report(feed.problems);
    process.stderr.write(`${feed.document.providers.length} providers written\n`);
    return feed.problems.some((p) => p.severity === 'record') ? 1 : 0;
  }
  const parsed = sdk.parseFeed(await readText(input));
  if (command === 'validate') {
    report(parsed.problems);
    process.stderr.write(`${parsed.providers.length} providers valid, ${parsed.problems.length} problems\n`);
    return parsed.problems.length > 0 ? 1 : 0;
  }
  if (values.to !== 'oruk3') throw new UsageError('export needs --to oruk3');
  await output(values.out, toOruk3(parsed));
  report(parsed.problems.filter((p) => p.severity === 'record'));
  return parsed.problems.some((p) => p.severity === 'record') ? 1 : 0;
}

async function convert(sdk, input, publisher) {
  const info = await stat(input).catch(() => {
    throw new UsageError(`cannot read ${input}`);
  });
  let source;
  if (info.isDirectory()) source = servicesFromDatapackage(await readFolder(input));
  else if (/\.zip$/i.test(input))
    source = servicesFromDatapackage(new Map([...readZip(await readFile(input))].map(([name, data]) => [name, data.toString('utf8')])));
  else {
    const text = await readText(input);
    if (/\.csv$/i.test(input) || looksLikeTemplate(text)) {
      if (!looksLikeTemplate(text)) throw new UsageError(`${input}: a CSV needs id, name and support columns (see --help)`);
      source = feedFromTemplate(text, publisher ?? 'Unnamed publisher');
    } else source = text;
  }
  const parsed = sdk.parseFeed(source);
  const document = {
    format: 'micro-provider-feed/1',
    publisher: { name: publisher ?? (parsed.meta.publisher.name || 'Unnamed publisher') },
    generated: parsed.meta.generated || new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    providers: parsed.providers,
  };
  return { document, problems: parsed.problems };
}

async function readFolder(folder) {
  const tables = new Map();
  for (const name of await readdir(folder)) if (/\.csv$/i.test(name)) tables.set(name, await readFile(join(folder, name), 'utf8'));
  return tables;
}

async function readText(path) {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${path}`);
  }
}

async function output(path, document) {
  const text = `${JSON.stringify(document, null, 2)}\n`;
  if (path) await writeFile(path, text);
  else process.stdout.write(text);
}

function report(problems) {
  for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    const usage =
      error instanceof UsageError ||
      error?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ||
      error?.name === 'FeedError' ||
      /^(zip|datapackage):/.test(error?.message ?? '');
    process.stderr.write(`mpf: ${error?.message ?? error}\n${usage && error instanceof UsageError ? 'Run mpf --help for usage.\n' : ''}`);
    process.exitCode = 2;
  },
);
