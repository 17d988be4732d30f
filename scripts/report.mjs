// @ts-check
/**
 * The coordinators' team report from the command line (same core as
 * dist/teamrapport.html):
 *
 *   npm run report -- <files…> [--out report.html] [--min-group 5]
 *   npm run report -- --lrs <endpoint> --auth <user:pass> --activity <IRI> [--since <date>] [--out report.html]
 *
 * Prints a short text summary; with --out also writes the report as a
 * self-contained HTML page. A file that is not a Moodle export, a bad option
 * or an LRS failure: a message on stderr and exit code 1.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const PAGE = path.join(root, 'dist/teamrapport.html');

const USAGE = `Usage:
  npm run report -- <files…> [--out report.html] [--min-group <n>]
  npm run report -- --lrs <endpoint> --auth <user:pass> --activity <IRI> [--since <date>] [--limit <n>] [--out report.html] [--min-group <n>]`;

/** Bundles the TypeScript core (src/report/cli.ts) for node and imports it. */
async function loadCore() {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/report/cli.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // The packages' ES module builds, as the page uses (the CommonJS build of @xapi/xapi requires node built-ins dynamically).
    mainFields: ['module', 'main'],
    write: false,
    loader: { '.json': 'json' },
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
  });
  const dir = path.join(root, 'node_modules/.cache/report-cli');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `core-${process.pid}-${Date.now()}.mjs`);
  writeFileSync(file, result.outputFiles[0].contents);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(file, { force: true });
  }
}

/** dist/teamrapport.html, built first when it is not there yet. */
async function reportPage() {
  if (!existsSync(PAGE)) {
    const { rollup } = await import('rollup');
    const { default: config } = await import(pathToFileURL(path.join(root, 'rollup.report.config.mjs')).href);
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const bundle = await rollup({ ...config, onwarn: () => {} });
      await bundle.write(config.output);
      await bundle.close();
    } finally {
      process.chdir(cwd);
    }
  }
  return readFileSync(PAGE, 'utf8');
}

/** @param {string} message */
function fail(message) {
  console.error(message);
  process.exitCode = 1;
}

/** @param {string | undefined} value @param {string} name */
function positiveInteger(value, name) {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} must be a whole number of at least 1 (got "${value}")`);
  return number;
}

async function main() {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        'min-group': { type: 'string' },
        lrs: { type: 'string' },
        auth: { type: 'string' },
        activity: { type: 'string' },
        since: { type: 'string' },
        limit: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : error}\n${USAGE}`);
  }
  const { values, positionals } = args;
  if (values.help) return console.log(USAGE);
  let minGroup;
  let limit;
  try {
    minGroup = positiveInteger(values['min-group'], 'min-group');
    limit = positiveInteger(values.limit, 'limit');
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const lrsMode = values.lrs !== undefined;
  if (lrsMode && positionals.length > 0) return fail(`Give either files or --lrs, not both.\n${USAGE}`);
  if (lrsMode && (!values.auth || !values.activity)) return fail(`--lrs needs --auth <user:pass> and --activity <IRI>.\n${USAGE}`);
  if (lrsMode && !/^basic /i.test(values.auth ?? '') && !values.auth?.includes(':')) {
    return fail(`--auth must be <user:pass> or a "Basic …" header value.\n${USAGE}`);
  }
  if (!lrsMode && positionals.length === 0) return fail(`No files given.\n${USAGE}`);

  const core = await loadCore();
  if (lrsMode && values.since !== undefined) {
    try {
      core.isoSince(values.since);
    } catch {
      return fail(`--since must be a date (2026-01-31) or a date and time in ISO 8601 (got "${values.since}").\n${USAGE}`);
    }
  }
  let sources;
  try {
    if (lrsMode) {
      sources = [await core.readLrs({ endpoint: values.lrs, auth: values.auth, activity: values.activity, since: values.since, limit })];
    } else {
      const files = [];
      for (const file of positionals) {
        if (!existsSync(file)) return fail(`${file}: file not found.`);
        files.push({ name: path.basename(file), bytes: new Uint8Array(readFileSync(file)) });
      }
      const read = core.readFiles(files);
      if (read.errors.length > 0) return fail(read.errors.map((/** @type {Error} */ e) => e.message).join('\n'));
      sources = read.sources;
    }
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const data = { ...core.buildReport(sources, { minGroup }), generatedAt: new Date().toISOString() };
  console.log(core.textSummary(data));
  if (values.out) {
    writeFileSync(values.out, core.injectReport(await reportPage(), data));
    console.log(`\n${values.out}`);
  }
}

await main();
