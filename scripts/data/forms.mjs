// Supplement forms: formula arithmetic from the reference, texts from authored/supplement-forms.json, and the
// evidence claims that concern each form.
import { claimId } from './evidence.mjs';
import { countAtoms, molarMass, readAtomicWeights } from './formula.mjs';

/** Words that name each form in a study's `dose_form` text. */
export const FORM_PATTERNS = {
  oxide: /\boxide\b|\bMgO\b/i,
  hydroxide: /hydroxide/i,
  carbonate: /carbonate/i,
  citrate: /citrate/i,
  malate: /malate/i,
  glycinate: /glycinate/i,
  chloride: /chloride|MgCl2/i,
  lactate: /lactate/i,
  sulfate: /sulfate|sulphate|MgSO4/i,
  taurate: /taurate|taurinate/i,
  aspartate: /aspartate/i,
  'l-threonate': /threonate/i,
  orotate: /orotate/i,
  gluconate: /gluconate/i,
};

/** Claims about one form by their subject, added to the claims found through dose_form. */
const FORM_SPECIFIC_CLAIMS = {
  oxide: ['mg-glycinate-vs-oxide-absorption', 'mg-oxide-low-bioavailability'],
  glycinate: ['mg-glycinate-vs-oxide-absorption'],
  'l-threonate': ['mg-threonate-cognition'],
};

/**
 * @returns {{ forms: object[], allForms: object }}
 */
export function buildForms({ reference, authored, evidenceSource, evidence, absorptionLevels }) {
  const block = reference.supplement_forms;
  const weights = readAtomicWeights(block.about);
  const studyIdOf = new Map();
  for (const claim of evidenceSource) {
    claim.studies.forEach((study, i) => {
      const built = evidence.claims.find((c) => c.sourceId === claim.id);
      studyIdOf.set(study, built.studyIds[i]);
    });
  }
  const resolve = (source, where) =>
    resolveSource(source, { block, reference, evidenceSource, evidence, studyIdOf, where });

  const forms = block.forms.map((form) => {
    const text = authored.forms[form.id];
    if (!text) throw new Error(`supplement-forms.json: no entry for ${form.id}`);
    if (!FORM_PATTERNS[form.id]) throw new Error(`forms.mjs: no dose_form pattern for ${form.id}`);
    if (Boolean(form.note) !== Boolean(text.note))
      throw new Error(`supplement-forms.json ${form.id}: note and reference note must both exist or both be absent`);
    const atoms = countAtoms(form.formula);
    const mass = molarMass(atoms, weights);
    const mgAtoms = atoms.get('Mg') ?? 0;
    if (mgAtoms === 0) throw new Error(`${form.id}: formula has no Mg`);
    const absorption = text.absorption;
    if (!absorptionLevels.includes(absorption.vsOxide))
      throw new Error(`${form.id}: unknown absorption level ${absorption.vsOxide}`);
    if (absorption.vsOxide !== 'not-studied' && absorption.sources.length === 0)
      throw new Error(`${form.id}: absorption needs sources`);

    const studies = [];
    const claims = new Set(FORM_SPECIFIC_CLAIMS[form.id] ?? []);
    for (const claim of evidenceSource) {
      for (const study of claim.studies) {
        if (FORM_PATTERNS[form.id].test(study.dose_form)) {
          claims.add(claim.id);
          studies.push({ claim: claimId(claim.id), study: studyIdOf.get(study) });
        }
      }
    }
    const claimOrder = evidenceSource.map((c) => c.id);
    return {
      id: form.id,
      name: { en: form.name, es: text.name },
      formula: form.formula,
      note: form.note ? { en: form.note, es: text.note } : null,
      molarMass: mass,
      magnesiumAtoms: mgAtoms,
      elementalPercent: ((mgAtoms * weights.Mg) / mass) * 100,
      absorption: {
        vsOxide: absorption.vsOxide,
        text: { en: absorption.en, es: absorption.es },
        sources: absorption.sources.map((s) => resolve(s, `${form.id} absorption`)),
      },
      gutEffects: text.gutEffects.map((effect) => ({
        text: { en: effect.en, es: effect.es },
        sources: effect.sources.map((s) => resolve(s, `${form.id} gut effects`)),
      })),
      claims: [...claims].sort((a, b) => claimOrder.indexOf(a) - claimOrder.indexOf(b)).map(claimId),
      studies,
    };
  });
  for (const id of Object.keys(authored.forms)) {
    if (!block.forms.some((f) => f.id === id)) throw new Error(`supplement-forms.json: ${id} is not a reference form`);
  }
  const all = authored.gutEffectsAllForms;
  return {
    forms,
    allForms: {
      text: { en: all.en, es: all.es },
      sources: all.sources.map((s) => resolve(s, 'gut effects (all forms)')),
    },
    weights,
  };
}

/** Turns an authored source reference into { label, url, claim, study }, checking that it exists. */
function resolveSource(source, { block, reference, evidenceSource, evidence, studyIdOf, where }) {
  if ('fact' in source) {
    const fact = block.absorption_facts[source.fact];
    if (!fact) throw new Error(`${where}: no absorption fact ${source.fact}`);
    return { label: fact, url: null, claim: null, study: null };
  }
  if (source.upperLimit) {
    return { label: reference.upper_limit_supplemental_mg_per_day.about, url: null, claim: null, study: null };
  }
  const claim = evidenceSource.find((c) => c.id === source.claim);
  if (!claim) throw new Error(`${where}: no claim ${source.claim}`);
  if (!source.study) {
    const built = evidence.claims.find((c) => c.sourceId === claim.id);
    return { label: `${claim.claim} (evidence: ${claim.rating})`, url: null, claim: built.id, study: null };
  }
  const found = claim.studies.filter((s) => s.authors.startsWith(source.study) || s.doi === source.study);
  if (found.length !== 1) throw new Error(`${where}: "${source.study}" matches ${found.length} studies of ${claim.id}`);
  const study = found[0];
  return { label: citation(study), url: null, claim: claimId(claim.id), study: studyIdOf.get(study) };
}

/** A short citation: "Lindberg JS et al. (1990). Title. Journal." Unverified parts say so. */
export function citation(study) {
  const first = study.authors
    .split(',')[0]
    .replace(/\s*\(.*$/, '')
    .trim();
  const person = /^[A-Z][A-Za-z'\- ]* [A-Z]{1,3}$/.test(first);
  const authors = /^unverified/i.test(study.authors)
    ? 'Authors unverified'
    : person && study.authors.includes(',')
      ? `${first} et al.`
      : first;
  const year =
    typeof study.year === 'number'
      ? String(study.year)
      : /unverified/i.test(study.year)
        ? 'year unverified'
        : study.year;
  return `${authors} (${year}). ${study.title.replace(/\.$/, '')}. ${study.journal}.`;
}
