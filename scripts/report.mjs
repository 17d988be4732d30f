// @ts-check
/**
 * The coordinators' team report from the command line (same core as
 * dist/teamrapport.html):
 *
 *   npm run report -- <files…> [--out report.html] [--min-group 5] [--leave-out <name or e-mail>]…
 *   npm run report -- --lrs <endpoint> --auth <user:pass> --activity <IRI> [--since <date>] [--out report.html]
 *   two moments: --compare first-latest | before:<date> | ranges:<from>..<to>,<from>..<to>,
 *   or --then <files…> --now <files…>, or (LRS) --then-registrations … --now-registrations …
 *
 * Prints a short text summary; with --out also writes the report (or the
 * comparison) as a self-contained HTML page. A file that is not a Moodle export, a bad option
 * or an LRS failure: a message on stderr and exit code 1.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));

const USAGE = `Usage:
  npm run report -- <files…> [--out report.html] [--min-group <n>] [--leave-out <name or e-mail>]…
  npm run report -- --lrs <endpoint> --auth <user:pass> --activity <IRI> [--since <date>] [--limit <n>] [--out report.html] [--min-group <n>]
Compare two moments (with the options above):
  <files…> --compare first-latest            each learner's first completed attempt against their latest
  <files…> --compare before:<YYYY-MM-DD>     attempts started before the date against those on or after it
  --then <files…> --now <files…> [--then-label <text>] [--now-label <text>]   two sets of downloads
  --lrs … --compare ranges:<from>..<to>,<from>..<to>                         completions in two date ranges
  --lrs … --then-registrations <file or id,id…> --now-registrations <file or id,id…>   two sets of registrations
  --leave-out <name or e-mail> (repeatable) leaves a row out, e.g. a teacher listed as "Not attempted".`;

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

/** Every file the report page is built from: a change to any of them gives another cache key. */
function pageSourcesHash() {
  const hash = createHash('sha256');
  const files = ['rollup.report.config.mjs', 'package-lock.json'];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.isFile()) files.push(file);
    }
  };
  ['src', 'content', 'scripts/content'].forEach(walk);
  for (const file of files.sort())
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(root, file)))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * The report page as this checkout's sources build it (never a stale dist/teamrapport.html):
 * built in memory, kept in node_modules/.cache under a hash of its sources.
 */
async function reportPage() {
  const cacheDir = path.join(root, 'node_modules/.cache/report-page');
  const cached = path.join(cacheDir, `${pageSourcesHash()}.html`);
  if (existsSync(cached)) return readFileSync(cached, 'utf8');
  const { rollup } = await import('rollup');
  const { default: config, REPORT_FILE } = await import(pathToFileURL(path.join(root, 'rollup.report.config.mjs')).href);
  const cwd = process.cwd();
  process.chdir(root);
  let html;
  try {
    const bundle = await rollup({ ...config, onwarn: () => {} });
    const { output } = await bundle.generate(config.output);
    await bundle.close();
    const page = output.find((file) => file.fileName === REPORT_FILE);
    if (!page || page.type !== 'asset') throw new Error(`the report build gave no ${REPORT_FILE}`);
    html = String(page.source);
  } finally {
    process.chdir(cwd);
  }
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, html);
  return html;
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

/**
 * Files given after --then / --now (parseArgs tokens keep their order).
 * @param {ReadonlyArray<{ kind: string, name?: string, value?: string }>} tokens
 */
function splitSets(tokens) {
  /** @type {{ then: string[], now: string[], loose: string[] }} */
  const sets = { then: [], now: [], loose: [] };
  /** @type {'then' | 'now' | 'loose'} */
  let current = 'loose';
  for (const token of tokens) {
    if (token.kind === 'option' && (token.name === 'then' || token.name === 'now')) current = token.name;
    else if (token.kind === 'positional' && token.value !== undefined) sets[current].push(token.value);
  }
  return sets;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "--compare" and the set options → a ComparisonMode (null: no comparison), or an English message.
 * @param {{ compare?: string, then?: boolean, now?: boolean, lrs?: string, 'then-label'?: string, 'now-label'?: string,
 *   'then-registrations'?: string, 'now-registrations'?: string }} values
 * @param {{ then: string[], now: string[], loose: string[] }} sets
 * @returns {{ kind: string, date?: string, ranges?: object[] } | string | null}
 */
function comparisonMode(values, sets) {
  const compare = values.compare;
  const byRegistrations = values['then-registrations'] !== undefined || values['now-registrations'] !== undefined;
  const bySets = values.then || values.now || byRegistrations;
  if (byRegistrations && values.lrs === undefined)
    return '--then-registrations and --now-registrations select attempts in an LRS; give --lrs.';
  if (bySets) {
    if (compare !== undefined && compare !== 'sets') return `--then/--now compare two sets; leave out --compare ${compare}.`;
    if (values.lrs === undefined && (!values.then || !values.now)) return 'Give both --then <files…> and --now <files…>.';
    if (values.lrs === undefined && (sets.then.length === 0 || sets.now.length === 0))
      return 'Give at least one file after --then and after --now.';
    if (values.lrs === undefined && sets.loose.length > 0)
      return `Put every file after --then or --now (got "${sets.loose[0]}" before them).`;
    if (values.lrs !== undefined && (values['then-registrations'] === undefined || values['now-registrations'] === undefined)) {
      return 'With --lrs, give both --then-registrations and --now-registrations.';
    }
    return { kind: 'sets' };
  }
  if (values['then-label'] !== undefined || values['now-label'] !== undefined) {
    if (compare === undefined) return '--then-label and --now-label go with a comparison (--compare, or --then/--now).';
  }
  if (compare === undefined) return null;
  if (compare === 'first-latest') return { kind: 'first-latest' };
  const before = /^before:(.*)$/.exec(compare);
  if (before)
    return DATE.test(before[1])
      ? { kind: 'date', date: before[1] }
      : `--compare before:<date> needs a date as 2026-06-01 (got "${before[1]}").`;
  const ranges = /^ranges:(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2}),(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(compare);
  if (ranges) {
    if (values.lrs === undefined)
      return '--compare ranges:… reads completion times from an LRS; give --lrs (Moodle downloads: --compare before:<date>).';
    const [, a, b, c, d] = ranges;
    if (a > b || c > d) return `--compare ranges: each range needs its first date on or before its second (got "${compare.slice(7)}").`;
    return {
      kind: 'ranges',
      ranges: [
        { from: a, to: b },
        { from: c, to: d },
      ],
    };
  }
  return `--compare must be first-latest, before:<YYYY-MM-DD> or ranges:<from>..<to>,<from>..<to> (got "${compare}").`;
}

/**
 * A file of registration ids (one per line, or separated by commas or spaces), or a comma-separated list.
 * @param {string} value
 */
function registrations(value) {
  const text = existsSync(value) ? readFileSync(value, 'utf8') : value;
  return text.split(/[\s,;]+/).filter((id) => id !== '');
}

/**
 * Reads the files; an English message for a missing file, the core's (Dutch) messages for a file it cannot read.
 * @param {any} core @param {readonly string[]} names
 */
function readFileSources(core, names) {
  const files = [];
  for (const file of names) {
    if (!existsSync(file)) throw new Error(`${file}: file not found.`);
    files.push({ name: path.basename(file), bytes: new Uint8Array(readFileSync(file)) });
  }
  const read = core.readFiles(files);
  if (read.errors.length > 0) throw new Error(read.errors.map((/** @type {Error} */ e) => e.message).join('\n'));
  return read.sources;
}

async function main() {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      tokens: true,
      options: {
        out: { type: 'string' },
        'min-group': { type: 'string' },
        lrs: { type: 'string' },
        auth: { type: 'string' },
        activity: { type: 'string' },
        since: { type: 'string' },
        limit: { type: 'string' },
        compare: { type: 'string' },
        then: { type: 'boolean' },
        now: { type: 'boolean' },
        'then-label': { type: 'string' },
        'now-label': { type: 'string' },
        'then-registrations': { type: 'string' },
        'now-registrations': { type: 'string' },
        'leave-out': { type: 'string', multiple: true },
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
  const sets = splitSets(args.tokens ?? []);
  const mode = comparisonMode(values, sets);
  if (typeof mode === 'string') return fail(`${mode}\n${USAGE}`);
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
  const leaveOut = values['leave-out'] ?? [];
  /** @type {{ then: unknown[], now?: unknown[] }} */
  let moments;
  try {
    if (lrsMode) {
      const lrs = await core.readLrs({ endpoint: values.lrs, auth: values.auth, activity: values.activity, since: values.since, limit });
      moments =
        mode?.kind === 'sets'
          ? {
              then: [core.filterRegistrations(lrs, registrations(values['then-registrations'] ?? ''))],
              now: [core.filterRegistrations(lrs, registrations(values['now-registrations'] ?? ''))],
            }
          : { then: [lrs] };
    } else if (mode?.kind === 'sets') {
      moments = { then: readFileSources(core, sets.then), now: readFileSources(core, sets.now) };
    } else {
      moments = { then: readFileSources(core, positionals) };
    }
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const generatedAt = new Date().toISOString();
  if (mode === null) {
    const data = { ...core.buildReport(moments.then, { minGroup, leaveOut }), generatedAt };
    console.log(core.textSummary(data));
    if (values.out) writeFileSync(values.out, core.injectReport(await reportPage(), data));
  } else {
    let data;
    try {
      const [thenLabel, nowLabel] = core.defaultLabels(mode);
      const labels = [values['then-label'] || thenLabel, values['now-label'] || nowLabel];
      data = { ...core.buildComparison({ mode, ...moments, minGroup, leaveOut, labels }), generatedAt };
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
    console.log(core.comparisonTextSummary(data));
    if (values.out) writeFileSync(values.out, core.injectComparison(await reportPage(), data));
  }
  if (values.out) console.log(`\n${values.out}`);
}

await main();
