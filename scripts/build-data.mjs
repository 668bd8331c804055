#!/usr/bin/env node
// Builds the dataset modules of src/data/generated/ from data/sources/ (see data/README.md).
//
//   node scripts/build-data.mjs          write the generated modules
//   node scripts/build-data.mjs --check  regenerate in memory; exit 1 and name every stale, missing or unexpected
//                                        file (run by `npm test`, so a test fails when the modules are stale)
//
// Plain Node 20, no dependencies. The output depends only on the source files: same input, same bytes.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTsv } from './data/csv.mjs';
import {
  datasetMeta,
  emitCrisisLines,
  emitEveryday,
  emitEvidence,
  emitEvidenceDetails,
  emitForms,
  emitFull,
  emitIds,
  emitIntakes,
  emitMeta,
  emitSafety,
  emitSummary,
  emitUpperLimits,
} from './data/emit.mjs';
import { readEnums } from './data/enums.mjs';
import { buildEvidence } from './data/evidence.mjs';
import { buildEveryday, buildFull } from './data/foods.mjs';
import { buildForms } from './data/forms.mjs';
import { buildIntakes } from './data/intakes.mjs';
import { loadUsda } from './data/usda.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sources = join(root, 'data', 'sources');
const outDir = join(root, 'src', 'data', 'generated');

const readJson = (path) => JSON.parse(readFileSync(join(sources, path), 'utf8'));

/** Builds every generated module in memory: file name → content. */
export function generate() {
  const enums = readEnums(join(root, 'src', 'data', 'enums.ts'));
  const reference = readJson('reference/magnesium-reference.json');
  const evidenceSource = readJson('evidence/magnesium-evidence.json');
  const dataset = readJson('dataset.json');
  const usda = loadUsda(join(sources, 'usda'));
  const units = readJson('authored/serving-units.json').units;

  const everyday = buildEveryday({
    usda,
    rows: parseTsv(readFileSync(join(sources, 'authored', 'everyday-foods.tsv'), 'utf8')),
    units,
    odsMatches: readJson('authored/ods-food-matches.json').matches,
    odsRows: reference.nih_ods_selected_food_sources.rows,
    categories: enums.FOOD_CATEGORIES,
  });
  const full = buildFull({ usda });
  const evidence = buildEvidence({
    source: evidenceSource,
    translations: readJson('authored/evidence-es.json').claims,
    levels: enums.EVIDENCE_LEVELS,
  });
  for (const study of evidence.studies) {
    if (!enums.STUDY_DESIGNS.includes(study.designCategory))
      throw new Error(`study ${study.id}: design ${study.designCategory} not in STUDY_DESIGNS`);
  }
  const forms = buildForms({
    reference,
    authored: readJson('authored/supplement-forms.json'),
    evidenceSource,
    evidence,
    absorptionLevels: enums.ABSORPTION_VS_OXIDE,
  });
  const intakes = buildIntakes({ reference, lifeStages: enums.LIFE_STAGE_IDS });
  const safety = buildSafety(reference, evidenceSource, readJson('authored/safety.json'));
  const meta = datasetMeta({
    dataset,
    reference,
    counts: {
      everyday: everyday.length,
      full: full.length,
      claims: evidence.claims.length,
      studies: evidence.studies.length,
      forms: forms.forms.length,
    },
  });

  return new Map([
    ['ids.ts', emitIds({ forms: forms.forms, claims: evidence.claims })],
    ['meta.ts', emitMeta(meta)],
    ['summary.ts', emitSummary(meta)],
    ['intakes.ts', emitIntakes({ intakes, reference, authored: readJson('authored/intakes.json') })],
    ['upper-limits.ts', emitUpperLimits({ intakes })],
    ['safety.ts', emitSafety(safety)],
    ['crisis-lines.ts', emitCrisisLines(safety)],
    ['foods-everyday.ts', emitEveryday({ foods: everyday, odsRows: reference.nih_ods_selected_food_sources.rows })],
    ['foods-full.ts', emitFull({ foods: full, categories: enums.FOOD_CATEGORIES })],
    ['evidence.ts', emitEvidence({ evidence })],
    ['evidence-details.ts', emitEvidenceDetails({ evidence })],
    ['forms.ts', emitForms(forms)],
  ]);
}

/** Interactions (authored wording, reference facts) and crisis lines; every URL must occur in the sources. */
function buildSafety(reference, evidenceSource, authored) {
  const facts = reference.supplement_forms.interactions;
  if (authored.interactions.length !== facts.length) {
    throw new Error(`safety.json has ${authored.interactions.length} interactions; the reference has ${facts.length}`);
  }
  const known = JSON.stringify(reference) + JSON.stringify(evidenceSource);
  for (const item of authored.interactions) {
    for (const source of item.sources) {
      if (source.url && !known.includes(source.url))
        throw new Error(`safety.json: URL ${source.url} is not in the sources`);
    }
  }
  const interactions = authored.interactions.map((item, i) => ({
    text: { en: item.en, es: item.es },
    reference: facts[i],
    sources: item.sources,
  }));
  const us = reference.crisis_lines.us;
  const crisisLines = [{ region: 'us', name: us.name, callOrText: us.call_or_text, url: us.url }];
  return { interactions, crisisLines };
}

function main() {
  const check = process.argv.includes('--check');
  let files;
  try {
    files = generate();
  } catch (error) {
    // A source file breaks a rule (unknown id, serving without a USDA row, changed English text...): say which.
    console.error(`build-data: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
  const problems = [];
  let written = 0;
  if (!check) mkdirSync(outDir, { recursive: true });
  for (const [name, content] of files) {
    const path = join(outDir, name);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (current === content) continue;
    if (check) problems.push(`${current === null ? 'missing' : 'stale'}: ${relative(root, path)}`);
    else {
      writeFileSync(path, content);
      written++;
    }
  }
  if (existsSync(outDir)) {
    for (const name of readdirSync(outDir)) {
      if (!files.has(name))
        problems.push(`unexpected (not generated; delete it): ${relative(root, join(outDir, name))}`);
    }
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    if (check) console.error('The dataset modules are out of date: run `node scripts/build-data.mjs`.');
    process.exit(1);
  }
  const where = relative(root, outDir);
  console.log(
    check ? `${where}: up to date (${files.size} files)` : `${where}: ${written} of ${files.size} files updated`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
