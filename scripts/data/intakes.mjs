// RDA/AI and supplemental upper limits for every life stage of the reader profile, from the reference tables.

const BANDS = {
  '0-6m': { rda: '0-6 months', age: 0 },
  '7-12m': { rda: '7-12 months', age: 0.5 },
  '1-3': { rda: '1-3 years', age: 1 },
  '4-8': { rda: '4-8 years', age: 4 },
  '9-13': { rda: '9-13 years', age: 9 },
  '14-18': { rda: '14-18 years', age: 14 },
  '19-30': { rda: '19-30 years', age: 19 },
  '31-50': { rda: '31-50 years', age: 31 },
  '51-plus': { rda: '51+ years', age: 51 },
};
const COLUMN = {
  infant: 'male',
  child: 'male',
  male: 'male',
  female: 'female',
  pregnant: 'pregnancy',
  lactating: 'lactation',
};

function parseLifeStage(id) {
  const match = /^(infant|child|male|female|pregnant|lactating)-(.+)$/.exec(id);
  const band = match && BANDS[match[2]];
  if (!band) throw new Error(`intakes: cannot read life stage ${id}`);
  return { group: match[1], ...band };
}

/** Age range [from, to) in years of an upper-limit row such as "4-8 years" or "9 years and older, ...". */
function ageRange(text) {
  let m = /^(\d+)-(\d+) months/.exec(text);
  if (m) return [Number(m[1]) / 12, Number(m[2]) / 12];
  m = /^(\d+)-(\d+) years/.exec(text);
  if (m) return [Number(m[1]), Number(m[2]) + 1];
  m = /^(\d+) years and older/.exec(text);
  if (m) return [Number(m[1]), Infinity];
  throw new Error(`intakes: cannot read upper-limit band "${text}"`);
}

/** @returns {{ rda: object, upperLimits: { us: object, eu: object } }} */
export function buildIntakes({ reference, lifeStages }) {
  const rows = reference.rda_mg_per_day.rows;
  const rda = {};
  for (const id of lifeStages) {
    const stage = parseLifeStage(id);
    const row = rows.find((r) => r.life_stage === stage.rda);
    if (!row) throw new Error(`intakes: no RDA row "${stage.rda}" for ${id}`);
    const mg = row[COLUMN[stage.group]];
    if (typeof mg !== 'number')
      throw new Error(`intakes: no ${COLUMN[stage.group]} value in row "${row.life_stage}" for ${id}`);
    if ((stage.group === 'infant' || stage.group === 'child') && row.male !== row.female) {
      throw new Error(`intakes: row "${row.life_stage}" differs by sex; ${id} needs a sex`);
    }
    rda[id] = { mg, kind: row.kind, band: row.life_stage };
  }
  const ul = reference.upper_limit_supplemental_mg_per_day;
  const upperLimits = {};
  for (const [region, table] of [
    ['us', ul.us_iom],
    ['eu', ul.eu_efsa],
  ]) {
    upperLimits[region] = {};
    for (const id of lifeStages) {
      const { age } = parseLifeStage(id);
      const row = table.find((r) => {
        const [from, to] = ageRange(r.life_stage);
        return age >= from && age < to;
      });
      upperLimits[region][id] = row
        ? { mg: row.mg, band: row.life_stage, note: row.note ?? null }
        : { mg: null, band: null, note: 'no value in the source table for this age' };
    }
  }
  return { rda, upperLimits };
}
