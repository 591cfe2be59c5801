#!/usr/bin/env node
// Doyensec Electronegativity over src/, as a gate. The tool itself exits 0 whatever it finds, so
// this script reads its report and fails (exit 1) on any finding above INFORMATIONAL whose check is
// not explained in electronegativity.justifications.json ({ "CHECK_ID": "why it does not apply" }).
// A justification covers the files it names (as repo paths, e.g. src/main/index.ts) and app-wide
// findings; the same check firing in a file it does not name fails, so that a justification written
// for one reviewed call site does not wave through a new one elsewhere.
// Any trouble with the tool itself (crash, parse errors, no or inconsistent report, hang) is exit 2.
//
// The tool runs in-process through its programmatic API (the package's `main`), which returns the
// findings with their severity and confidence; the SARIF report it writes is read back and must list
// exactly the same findings. SARIF rather than CSV: the tool writes CSV as two racing async writes.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const INPUT = join(root, 'src');
const OUTPUT = join(root, '.artifacts', 'electronegativity.sarif');
const JUSTIFICATIONS = join(root, 'electronegativity.justifications.json');
const TOOL_TIMEOUT_MS = 120_000;
const REPORT_WAIT_MS = 10_000;

// AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK compares the Electron version found in a scanned package.json
// with Electron's release notes, fetched from GitHub on every run. src/ holds no package.json, so it
// can never report anything here; it would only cost a network round trip. Electron updates are a
// dependency matter (npm outdated / audit).
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

const SEVERITY_ORDER = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];

function fail(message) {
  console.error(`electronegativity: ${message}`);
  process.exit(2);
}

process.on('uncaughtException', (error) => fail(`the tool crashed: ${error?.stack ?? error}`));
process.on('unhandledRejection', (error) => fail(`the tool crashed: ${error?.stack ?? error}`));

/** The Electron version package.json asks for (its lowest match, as the tool itself would assume). */
function electronVersion() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const range = pkg.dependencies?.electron ?? pkg.devDependencies?.electron;
  const version = typeof range === 'string' ? /\d+\.\d+\.\d+/.exec(range)?.[0] : undefined;
  if (!version) fail(`cannot read an Electron version from package.json (found ${JSON.stringify(range)})`);
  return version;
}

function loadJustifications() {
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(JUSTIFICATIONS, 'utf8'));
  } catch (error) {
    fail(`cannot read ${relative(root, JUSTIFICATIONS)}: ${error.message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    fail(`${relative(root, JUSTIFICATIONS)} must be an object of { "CHECK_ID": "justification" }`);
  }
  for (const [check, text] of Object.entries(parsed)) {
    if (!/^[A-Z0-9_]+$/.test(check) || typeof text !== 'string' || text.trim().length < 20) {
      fail(`${relative(root, JUSTIFICATIONS)}: "${check}" needs an exact CHECK_ID and a written justification`);
    }
  }
  return parsed;
}

/** The files the tool's directory loader picks up (same filter as its list_files). */
function scannedFiles() {
  return readdirSync(INPUT, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .filter((file) => !file.includes('node_modules'))
    .filter((file) => /\.(?:js|jsx|ts|tsx|html|htm)$/i.test(file) || /package\.json|package-lock\.json|yarn\.lock/i.test(file));
}

/** `eng-disable` comments hide findings from the report altogether; justifications belong in the JSON file. */
function inlineSuppressions(files) {
  const found = [];
  for (const file of files) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (/eng-disable/i.test(line)) found.push(`${relative(root, file)}:${index + 1}`);
      });
  }
  return found;
}

/** Identity of a finding as the tool writes it into SARIF (util/file.js writeIssues). */
function sarifKey(ruleId, uri, line, column) {
  return `${ruleId} ${uri} ${line}:${column}`;
}

function issueKey(issue) {
  const line = issue.location?.line === undefined || issue.location.line === 0 ? 1 : issue.location.line;
  const column = issue.location?.column === undefined ? 1 : issue.location.column + 1;
  return sarifKey(issue.id, issue.file !== 'N/A' ? issue.file : 'file:///', line, column);
}

/** The tool writes its report with an un-awaited fs.writeFile: wait until the whole file is there. */
async function readReport(expectedCount) {
  const deadline = Date.now() + REPORT_WAIT_MS;
  let lastProblem = 'no report file';
  while (Date.now() < deadline) {
    if (existsSync(OUTPUT)) {
      try {
        const results = JSON.parse(readFileSync(OUTPUT, 'utf8'))?.runs?.[0]?.results;
        if (!Array.isArray(results)) lastProblem = 'report has no runs[0].results';
        else if (results.length === expectedCount) return results;
        else lastProblem = `report lists ${results.length} findings, the tool returned ${expectedCount}`;
      } catch (error) {
        lastProblem = `report is not (yet) valid JSON: ${error.message}`;
      }
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  return fail(`${relative(root, OUTPUT)}: ${lastProblem}`);
}

function repoPath(issue) {
  return issue.file === 'N/A' ? null : relative(root, join(INPUT, issue.file));
}

function where(issue) {
  const path = repoPath(issue);
  return path === null ? '(whole app)' : `${path}:${issue.location?.line ?? 0}`;
}

/** Justified when the check has a justification that names the finding's file (or it is app-wide). */
function isJustified(issue, justifications) {
  if (!Object.hasOwn(justifications, issue.id)) return false;
  const path = repoPath(issue);
  return path === null || justifications[issue.id].includes(path);
}

async function main() {
  const started = Date.now();
  const version = electronVersion();
  const justifications = loadJustifications();
  const files = scannedFiles();
  if (files.length === 0) fail(`nothing to scan in ${relative(root, INPUT)}/`);

  let run;
  let toolVersion;
  try {
    run = require('@doyensec/electronegativity');
    toolVersion = require('@doyensec/electronegativity/package.json').version;
  } catch (error) {
    fail(`cannot load @doyensec/electronegativity: ${error.message}`);
  }

  mkdirSync(dirname(OUTPUT), { recursive: true });
  rmSync(OUTPUT, { force: true });
  console.log(`Electronegativity ${toolVersion} over src/ (${files.length} files), assuming Electron ${version}`);

  const watchdog = setTimeout(() => fail(`the tool did not finish within ${TOOL_TIMEOUT_MS / 1000}s`), TOOL_TIMEOUT_MS);
  let result;
  try {
    result = await run({
      input: INPUT,
      output: OUTPUT,
      isSarif: true,
      isRelative: true,
      excludeFromScan: EXCLUDED_CHECKS,
      // The runner reads `electronVersionOverride` (its README's `electronVersion` is ignored). Without
      // it the tool assumes Electron 0.1.0 defaults (nodeIntegration on, remote module on).
      electronVersionOverride: version,
    });
  } catch (error) {
    fail(`the tool failed: ${error?.stack ?? error}`);
  }
  clearTimeout(watchdog);
  if (!result || !Array.isArray(result.issues) || !Array.isArray(result.errors)) fail('the tool returned no result');

  // A file the tool could not parse is a file it did not check.
  const parseErrors = result.errors.filter((error) => !error.tolerable);
  for (const error of result.errors.filter((e) => e.tolerable)) {
    console.warn(`  warning: ${relative(root, error.file)}: ${error.message}`);
  }
  if (parseErrors.length > 0) {
    fail(`could not parse, so did not check:\n${parseErrors.map((e) => `  ${relative(root, e.file)}: ${e.message}`).join('\n')}`);
  }

  // The report file is the record: it must say exactly what the tool returned.
  const reported = (await readReport(result.issues.length))
    .map((r) => {
      const loc = r.locations?.[0]?.physicalLocation;
      return sarifKey(r.ruleId, loc?.artifactLocation?.uri, loc?.region?.startLine, loc?.region?.startColumn);
    })
    .sort();
  const returned = result.issues.map(issueKey).sort();
  if (reported.join('\n') !== returned.join('\n')) {
    fail(`${relative(root, OUTPUT)} does not match the tool's findings:\n  report:   ${reported.join('\n            ')}\n  returned: ${returned.join('\n            ')}`);
  }

  const issues = [...result.issues].sort(
    (a, b) => b.severity.value - a.severity.value || a.id.localeCompare(b.id) || where(a).localeCompare(where(b)),
  );
  const counts = Object.fromEntries(SEVERITY_ORDER.map((name) => [name, 0]));
  for (const issue of issues) counts[issue.severity.name] = (counts[issue.severity.name] ?? 0) + 1;

  const gating = issues.filter((issue) => issue.severity.value > 0);
  const failing = gating.filter((issue) => !isJustified(issue, justifications));
  const justified = gating.filter((issue) => isJustified(issue, justifications));
  const suppressions = inlineSuppressions(files);

  const line = (issue) =>
    `  ${issue.id}  ${where(issue)}  ${issue.severity.name}/${issue.confidence.name}${issue.sample ? `  ${issue.sample.trim().slice(0, 80)}` : ''}`;

  console.log(
    `${result.globalChecks + result.atomicChecks} checks, ${files.length} files, ${issues.length} findings: ` +
      SEVERITY_ORDER.map((name) => `${counts[name]} ${name}`).join(', ') +
      `  (${((Date.now() - started) / 1000).toFixed(1)}s, report: ${relative(root, OUTPUT)})`,
  );
  if (justified.length > 0) {
    console.log(`Justified in ${relative(root, JUSTIFICATIONS)} (${justified.length}):`);
    for (const issue of justified) console.log(line(issue));
  }
  const unused = Object.keys(justifications).filter((check) => !justified.some((issue) => issue.id === check));
  for (const check of unused) {
    console.warn(`  note: the justification for ${check} matched no finding this run; remove it if the finding is gone for good.`);
  }
  if (suppressions.length > 0) {
    console.error(`Inline eng-disable comments hide findings from the report; justify in ${relative(root, JUSTIFICATIONS)} instead:`);
    for (const at of suppressions) console.error(`  ${at}`);
  }
  if (failing.length > 0) {
    console.error(`FAILED: ${failing.length} finding(s) above INFORMATIONAL without a justification:`);
    for (const issue of failing) {
      const scope = Object.hasOwn(justifications, issue.id)
        ? `\n      (${issue.id} is justified, but not for ${repoPath(issue)}: review it, and name the file in the justification only if the same reasoning holds there)`
        : '';
      console.error(`${line(issue)}\n      ${issue.description} ${issue.shortenedURL ?? ''}${scope}`);
    }
  }
  if (failing.length > 0 || suppressions.length > 0) process.exit(1);
  console.log('Electronegativity: no unjustified findings.');
  process.exit(0);
}

await main().catch((error) => fail(`unexpected error: ${error?.stack ?? error}`));
