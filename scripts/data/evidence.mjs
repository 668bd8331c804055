// Evidence claims and studies from evidence/magnesium-evidence.json (rules in data/README.md, "Evidence").

/** Rating text of the source file → level id of EVIDENCE_LEVELS. */
export const LEVELS = new Map([
  ['high', 'high'],
  ['moderate', 'moderate'],
  ['low', 'low'],
  ['very low', 'very-low'],
  ['mostly animal or mechanistic', 'mechanistic'],
  ['not rated', 'not-rated'],
]);

/** The claim id used by the widgets: the source id without its `mg-` prefix (`safety-*` ids are kept). */
export function claimId(sourceId) {
  return sourceId.replace(/^mg-/, '');
}

/**
 * Normalized design of a study, from its `design` and `evidence_type` texts. The first rule that applies wins.
 * @param {{ design: string, evidence_type: string }} study
 */
export function designCategory(study) {
  const design = study.design.toLowerCase();
  const type = study.evidence_type.toLowerCase();
  if (type === 'animal') return 'animal';
  if (type === 'in vitro') return 'in-vitro';
  if (/^regulatory/.test(type) || /label-derived/.test(type)) return 'guideline';
  if (type === 'narrative review' || /^narrative review/.test(design)) return 'narrative-review';
  if (/meta-analys[ie]s/.test(design.replace(/no meta-analysis/g, ''))) return 'meta-analysis';
  if (/^systematic review/.test(design)) return 'systematic-review';
  if (/case series|case report|case histories/.test(design)) return 'case-series';
  if (/\brandomi[sz]ed\b/.test(design) && !/non-randomi[sz]ed/.test(design)) return 'rct';
  if (/observational/.test(type) || /cohort|cross-sectional|case-control/.test(design)) return 'observational';
  if (type === 'human' && /trial|study|pilot|comparison/.test(design)) return 'trial';
  return 'other';
}

/**
 * Number of participants when `n_participants` starts with one (e.g. "126 randomized" → 126, "5,708" → 5708).
 * Counts of studies ("7 RCTs, 325 participants", "14 studies") are not participant counts, so they give null.
 */
export function participantsCount(text) {
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\s+(\S+))?/.exec(text);
  if (!match) return null;
  if (match[2] && /^(rcts?|studies|study|trials?|included|interventional|articles?|effect)\b/i.test(match[2]))
    return null;
  return Number(match[1].replace(/,/g, ''));
}

const FLAG = /unverified|inferred/i;

/** Study fields, in the output's names, with the source field each comes from. */
const STUDY_FIELDS = [
  ['authors', 'authors'],
  ['year', 'year'],
  ['title', 'title'],
  ['journal', 'journal'],
  ['volumePages', 'volume_pages'],
  ['doi', 'doi'],
  ['pmid', 'pmid'],
  ['pmcid', 'pmcid'],
  ['design', 'design'],
  ['evidenceType', 'evidence_type'],
  ['participants', 'n_participants'],
  ['population', 'population'],
  ['doseForm', 'dose_form'],
  ['duration', 'duration'],
  ['mainResult', 'main_result'],
  ['direction', 'direction_for_claim'],
  ['limitations', 'limitations'],
  ['fundingOrCoi', 'funding_or_coi'],
  ['notes', 'notes'],
];

/**
 * Builds claims (with studies deduplicated across claims) and checks every field the badge needs.
 * @returns {{ claims: object[], studies: object[] }}
 */
export function buildEvidence({ source, translations, levels }) {
  const studies = [];
  const byKey = new Map();
  const usedIds = new Set();
  const claims = source.map((claim) => {
    const id = claimId(claim.id);
    const level = LEVELS.get(claim.rating);
    if (!level || !levels.includes(level)) throw new Error(`claim ${claim.id}: unknown rating "${claim.rating}"`);
    const es = translations[claim.id];
    if (!es) throw new Error(`claim ${claim.id}: no Spanish translation in evidence-es.json`);
    if (es.claimEn !== claim.claim || es.summaryEn !== claim.badge_summary) {
      throw new Error(
        `claim ${claim.id}: the English text changed; review the Spanish translation in evidence-es.json`,
      );
    }
    for (const field of ['claim', 'rating_rationale', 'badge_summary']) {
      if (typeof claim[field] !== 'string' || !claim[field].trim())
        throw new Error(`claim ${claim.id}: missing ${field}`);
    }
    const studyIds = claim.studies.map((study) => {
      const { verified_in: _dropped, ...kept } = study;
      const key = JSON.stringify(kept);
      let entry = byKey.get(key);
      if (!entry) {
        entry = toStudy(kept, usedIds, claim.id);
        byKey.set(key, entry);
        studies.push(entry);
      }
      return entry.id;
    });
    const grade = claim.grade_assessment
      ? {
          startingLevel: claim.grade_assessment.starting_level,
          downgrades: claim.grade_assessment.downgrades,
          result: claim.grade_assessment.result,
        }
      : null;
    return {
      id,
      sourceId: claim.id,
      level,
      rating: claim.rating,
      claim: { en: claim.claim, es: es.claim },
      summary: { en: claim.badge_summary, es: es.summary },
      rationale: claim.rating_rationale,
      grade,
      notLocated: claim.not_located_or_unverified ?? [],
      studyIds,
    };
  });
  for (const key of Object.keys(translations)) {
    if (!source.some((c) => c.id === key)) throw new Error(`evidence-es.json: "${key}" is not a claim`);
  }
  return { claims, studies };
}

function toStudy(study, usedIds, claimSourceId) {
  const out = { id: studyId(study, usedIds) };
  const unverified = [];
  for (const [name, field] of STUDY_FIELDS) {
    const value = study[field];
    if (value === undefined) {
      if (['pmcid', 'fundingOrCoi', 'notes'].includes(name)) {
        out[name] = null;
        continue;
      }
      throw new Error(`claim ${claimSourceId}: a study has no ${field}`);
    }
    if (typeof value === 'string' && FLAG.test(value)) unverified.push(name);
    out[name] = value;
  }
  for (const field of Object.keys(study)) {
    if (!STUDY_FIELDS.some(([, f]) => f === field))
      throw new Error(`claim ${claimSourceId}: unknown study field ${field}`);
  }
  // Identifiers and the year are shown as facts only when the source gives them plainly.
  for (const name of ['doi', 'pmid', 'pmcid']) {
    if (out[name] !== null && FLAG.test(out[name])) out[name] = null;
  }
  out.yearNote = typeof out.year === 'number' ? null : String(out.year);
  out.year = typeof out.year === 'number' ? out.year : null;
  out.designCategory = designCategory(study);
  out.participantsCount = participantsCount(study.n_participants);
  out.unverified = unverified;
  for (const name of ['authors', 'title', 'journal', 'design', 'evidenceType', 'participants', 'direction']) {
    if (typeof out[name] !== 'string' || !out[name].trim()) throw new Error(`study ${out.id}: missing ${name}`);
  }
  return out;
}

/**
 * A readable, stable study id: first author's surname and year (`tarleton-2017`, `de-souza-2000`). When the
 * authors are unverified, the first word of the title stands in. Repeats get `-2`, `-3`.
 */
function studyId(study, usedIds) {
  const authors = String(study.authors);
  const firstAuthor = authors
    .split(',')[0]
    .replace(/\(.*$/, '')
    .replace(/\bet al\b.*$/, '')
    .trim();
  const surname = /^([A-Z][A-Za-z'\- ]*?) [A-Z]{1,3}$/.exec(firstAuthor)?.[1];
  const source = /^unverified/i.test(authors) ? String(study.title) : (surname ?? firstAuthor);
  const words = ascii(source)
    .toLowerCase()
    .match(/[a-z]+/g) ?? ['study'];
  const stem = surname ? words.join('-') : words[0];
  const year = /\d{4}/.exec(String(study.year))?.[0] ?? 'nd';
  let id = `${stem}-${year}`;
  for (let n = 2; usedIds.has(id); n++) id = `${stem}-${year}-${n}`;
  usedIds.add(id);
  return id;
}

function ascii(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
