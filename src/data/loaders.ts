/**
 * Loaders for the large parts of the dataset. Each part is a separate module reached only through a dynamic
 * `import()` here, so bundlers emit it as its own lazy chunk. Loads are cached: every caller gets the same
 * promise, and a failed load is forgotten so that a later call can retry.
 */
import { FOOD_DATASETS } from './enums.js';
import type { FoodDataset } from './enums.js';
import type { ClaimId, SupplementFormId } from './generated/ids.js';
import type { Claim, EvidenceDetailsSet, EvidenceSet, Food, FoodSet, FormSet, Study } from './types.js';

const cache = new Map<string, Promise<unknown>>();

function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  let promise = cache.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = load();
    cache.set(key, promise);
    promise.catch(() => cache.delete(key));
  }
  return promise;
}

type MakeFoodSet = typeof import('./search.js').makeFoodSet;

/** The search code (and the food set around it) is only needed with the foods, so it travels in a lazy chunk too. */
function loadSearch(): Promise<MakeFoodSet> {
  return cached('search', async () => (await import('./search.js')).makeFoodSet);
}

function loadEverydayFoods(): Promise<readonly Food[]> {
  return cached('foods-everyday-records', async () => {
    // The decoder is only needed with the data, so it travels in a lazy chunk too.
    const [{ EVERYDAY_FOODS, ODS_FOODS }, { decodeEveryday }] = await Promise.all([
      import('./generated/foods-everyday.js'),
      import('./encoding.js'),
    ]);
    return decodeEveryday(EVERYDAY_FOODS, ODS_FOODS);
  });
}

/**
 * Loads a food dataset: `everyday` (the reviewed list, default) or `full` (all 8,050 USDA SR28 foods; foods that
 * are also in the everyday list keep their reviewed names, servings and tags). An unknown name loads `everyday`.
 */
export function loadFoods(dataset: FoodDataset = 'everyday'): Promise<FoodSet> {
  const name: FoodDataset = (FOOD_DATASETS as readonly string[]).includes(dataset) ? dataset : 'everyday';
  if (name === 'everyday') {
    return cached('foods-everyday', async () => {
      const [foods, makeFoodSet] = await Promise.all([loadEverydayFoods(), loadSearch()]);
      return makeFoodSet('everyday', foods);
    });
  }
  return cached('foods-full', async () => {
    const [everyday, { FULL_FOODS }, { decodeFull }, makeFoodSet] = await Promise.all([
      loadEverydayFoods(),
      import('./generated/foods-full.js'),
      import('./encoding.js'),
      loadSearch(),
    ]);
    return makeFoodSet('full', decodeFull(FULL_FOODS, new Map(everyday.map((f) => [f.id, f]))));
  });
}

/** Loads the evidence claims and their studies (what the badge shows). */
export function loadEvidence(): Promise<EvidenceSet> {
  return cached('evidence', async () => {
    const { CLAIMS, STUDIES } = await import('./generated/evidence.js');
    const claims: Claim[] = CLAIMS.map((row) => ({
      id: row.id,
      level: row.level,
      rating: row.rating,
      claim: row.claim,
      summary: row.summary,
      translated: ['es'],
      studies: row.studies.map((i) => STUDIES[i]).filter((s): s is Study => s !== undefined),
    }));
    return {
      claims,
      byId: new Map<ClaimId, Claim>(claims.map((c) => [c.id, c])),
      studies: STUDIES,
      studyById: new Map(STUDIES.map((s) => [s.id, s])),
    };
  });
}

/** Loads the longer evidence texts: rating rationale, GRADE assessment, study results and limitations. */
export function loadEvidenceDetails(): Promise<EvidenceDetailsSet> {
  return cached('evidence-details', async () => {
    const { CLAIM_DETAILS, STUDY_DETAILS } = await import('./generated/evidence-details.js');
    return {
      claims: new Map(Object.entries(CLAIM_DETAILS) as [ClaimId, (typeof CLAIM_DETAILS)[string]][]),
      studies: new Map(Object.entries(STUDY_DETAILS)),
    };
  });
}

/** Loads the supplement forms. */
export function loadForms(): Promise<FormSet> {
  return cached('forms', async () => {
    const { FORMS, FORMS_BY_NAME, GUT_EFFECTS_ALL_FORMS, ATOMIC_WEIGHTS } = await import('./generated/forms.js');
    return {
      forms: FORMS,
      byName: FORMS_BY_NAME,
      byId: new Map<SupplementFormId, (typeof FORMS)[number]>(FORMS.map((f) => [f.id, f])),
      gutEffectsAllForms: GUT_EFFECTS_ALL_FORMS,
      atomicWeights: ATOMIC_WEIGHTS,
    };
  });
}
