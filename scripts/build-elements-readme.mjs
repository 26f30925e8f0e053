#!/usr/bin/env node
// Regenerates packages/elements/custom-elements.json (Custom Elements Manifest analyzer, config in
// packages/elements/custom-elements-manifest.config.mjs) and the API tables in
// packages/elements/README.md between `<!-- api-reference:start -->` and `<!-- api-reference:end -->`.
// Usage: node scripts/build-elements-readme.mjs [--check]   (--check: fail if either is out of date)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PACKAGE = join(ROOT, 'packages/elements');
const MANIFEST = join(PACKAGE, 'custom-elements.json');
const README = join(PACKAGE, 'README.md');
const START = '<!-- api-reference:start -->';
const END = '<!-- api-reference:end -->';
const check = process.argv.includes('--check');

/** Runs the analyzer into a temporary folder (it takes --outdir relative to its cwd) and returns the manifest text. */
function analyze() {
  const out = mkdtempSync(join(tmpdir(), 'mpf-cem-'));
  try {
    const cli = join(ROOT, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
    execFileSync(
      process.execPath,
      [cli, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(PACKAGE, out), '--quiet'],
      { cwd: PACKAGE, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    return readFileSync(join(out, 'custom-elements.json'), 'utf8');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Markdown table cell: one line, pipes escaped. */
const cell = (text = '') =>
  String(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) =>
  text
    ? `\`${String(text)
        .replace(/\s*\n\s*/g, ' ')
        .trim()
        .replace(/`/g, "'")}\``
    : '';

function table(headers, rows) {
  if (rows.length === 0) return [];
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ];
}

function reference(manifest) {
  const elements = manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((declaration) => declaration.customElement)
    .sort((a, b) =>
      a.tagName === 'micro-provider-finder' ? -1 : b.tagName === 'micro-provider-finder' ? 1 : a.tagName.localeCompare(b.tagName),
    );
  const lines = [
    START,
    '<!-- Generated from custom-elements.json by scripts/build-elements-readme.mjs: edit the JSDoc in',
    '     src/components/*/*.component.ts, then run `npm run manifest`. `npm test` checks this is current. -->',
    '',
  ];
  for (const element of elements) {
    lines.push(`### \`<${element.tagName}>\` (${element.name})`, '');
    if (element.summary || element.description) lines.push(cell(element.summary ?? element.description), '');
    const attributes = element.attributes ?? [];
    const fields = new Set(attributes.map((attribute) => attribute.fieldName));
    const properties = (element.members ?? []).filter(
      (member) => member.kind === 'field' && !member.privacy && !member.static && !fields.has(member.name) && !member.name.startsWith('_'),
    );
    lines.push(
      ...table(
        ['Attribute', 'Property', 'Type', 'Default', 'Description'],
        attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), a.description]),
      ),
    );
    lines.push(
      ...table(
        ['Property (no attribute)', 'Type', 'Description'],
        properties.map((p) => [code(p.name), code(p.type?.text), p.description]),
      ),
    );
    lines.push(
      ...table(
        ['Event', 'Type', 'Description'],
        (element.events ?? []).map((e) => [code(e.name), code(e.type?.text), e.description]),
      ),
    );
    lines.push(
      ...table(
        ['Slot', 'Description'],
        (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description]),
      ),
    );
    lines.push(
      ...table(
        ['CSS part', 'Description'],
        (element.cssParts ?? []).map((p) => [code(p.name), p.description]),
      ),
    );
    lines.push(
      ...table(
        ['CSS custom property', 'Default', 'Description'],
        (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), p.description]),
      ),
    );
  }
  lines.push(END);
  return lines.join('\n');
}

const manifestText = analyze();
const readme = readFileSync(README, 'utf8');
const generated = reference(JSON.parse(manifestText));
const start = readme.indexOf(START);
const end = readme.indexOf(END);
const section = `## API reference\n\n${generated}\n`;
const nextReadme =
  start === -1 ? `${readme.trimEnd()}\n\n${section}` : `${readme.slice(0, start)}${generated}${readme.slice(end + END.length)}`;

if (check) {
  const stale = [];
  if (readFileSync(MANIFEST, 'utf8').toString() !== manifestText) stale.push('packages/elements/custom-elements.json');
  if (readme !== nextReadme) stale.push('packages/elements/README.md (API reference)');
  if (stale.length > 0) {
    console.error(`${stale.join(' and ')} out of date: run npm run manifest`);
    process.exit(1);
  }
  console.log('custom-elements.json and the README API reference are current');
} else {
  writeFileSync(MANIFEST, manifestText);
  writeFileSync(README, nextReadme);
  console.log('wrote packages/elements/custom-elements.json and the README API reference');
}
