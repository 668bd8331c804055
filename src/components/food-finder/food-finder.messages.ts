import type { Diet, FoodCategory, FoodSort, Locale } from '../../data/enums.js';

/**
 * Texts of `<mg-food-finder>` that its first render needs, before the foods load: the controls, the caption and
 * column headers, the empty "My day", the sources, and the loading and error messages. The texts of the rows, the
 * empty state and the filled "My day" load with the foods (`food-finder.view.messages.ts`).
 * Functions take numbers already formatted for the locale (through `src/i18n`), and the raw count where a plural
 * depends on it. Plain language: short sentences, common words.
 */
export interface FoodFinderMessages {
  /** Accessible name of the search form (a search landmark). */
  searchRegion: string;
  searchLabel: string;
  searchHint: string;
  categoriesLabel: string;
  categories: Record<FoodCategory, string>;
  dietLabel: string;
  diets: Record<Diet, string>;
  /** Diet as an adjective before "foods", for captions (`null` for `any`). */
  dietAdjective: Record<Diet, string | null>;
  sortLabel: string;
  sorts: Record<FoodSort, string>;
  /** The extra choice of the "Rank by" picker while the table is sorted by name. */
  sortByName: string;
  /** "per serving" as it follows a caption. */
  basis: Record<FoodSort, string>;
  everydayOnly: string;
  everydayOnlyHint: (total: string) => string;
  clearFilters: string;
  /** The button that shows the filters in a narrow container, with the number of filters in use. */
  filters: (active: number, count: string) => string;
  /** Caption of the interactive table. */
  caption: (full: boolean, total: string) => string;
  /** Caption of the `static` list. */
  staticCaption: (
    count: number,
    shown: string,
    diet: string | null,
    groups: string | null,
    query: string | null,
    basis: string,
  ) => string;
  /** Read after the caption by screen readers. */
  sortHint: string;
  /** "Your need: 310 mg a day (RDA · Female, 19–30 years)." */
  target: (mg: string, kind: 'RDA' | 'AI', who: string) => string;
  targetGeneral: (mg: string) => string;
  columns: {
    food: string;
    serving: string;
    mg: string;
    per100g: string;
    per100kcal: string;
    dv: string;
    need: (mg: string) => string;
    plate: string;
  };
  loading: (total: string) => string;
  loadError: string;
  retry: string;
  dvBasis: (mg: string) => string;
  intakesLabel: string;
  datasetLine: (version: string, date: string) => string;
}

const en: FoodFinderMessages = {
  searchRegion: 'Find foods',
  searchLabel: 'Search foods',
  searchHint: 'English or Spanish names, for example almonds or espinacas.',
  categoriesLabel: 'Food groups',
  categories: {
    'nuts-seeds': 'Nuts and seeds',
    legumes: 'Beans and legumes',
    grains: 'Grains',
    vegetables: 'Vegetables',
    fruits: 'Fruits',
    'fish-seafood': 'Fish and seafood',
    'meat-poultry': 'Meat and poultry',
    'dairy-eggs': 'Dairy and eggs',
    'sweets-snacks': 'Sweets and snacks',
    beverages: 'Drinks',
    other: 'Other',
  },
  dietLabel: 'Diet',
  diets: { any: 'Any diet', vegetarian: 'Vegetarian', vegan: 'Vegan', pescatarian: 'Pescatarian' },
  dietAdjective: { any: null, vegetarian: 'vegetarian', vegan: 'vegan', pescatarian: 'pescatarian' },
  sortLabel: 'Rank by',
  sorts: { serving: 'Magnesium per serving', '100g': 'Magnesium per 100 g', '100kcal': 'Magnesium per 100 kcal' },
  sortByName: 'Food name',
  basis: { serving: 'per serving', '100g': 'per 100 g', '100kcal': 'per 100 kcal' },
  everydayOnly: 'Everyday foods only',
  everydayOnlyHint: (total) => `Turn off to search all ${total} USDA foods.`,
  clearFilters: 'Clear filters',
  filters: (active, count) => (active ? `Filters (${count})` : 'Filters'),
  caption: (full, total) => (full ? `Magnesium in all ${total} USDA foods` : 'Magnesium in everyday foods'),
  staticCaption: (count, shown, diet, groups, query, basis) =>
    `${count === 1 ? 'Top' : `Top ${shown}`} ${diet ? `${diet} ` : ''}${count === 1 ? 'food' : 'foods'} for magnesium` +
    `${groups ? ` (${groups})` : ''}${query ? ` matching “${query}”` : ''}, ${basis}`,
  sortHint: 'Column headers with buttons sort the table.',
  target: (mg, kind, who) => `Your need: ${mg} a day (${kind === 'AI' ? 'adequate intake' : 'RDA'} · ${who}).`,
  targetGeneral: (mg) => `Your need: ${mg} a day, the Daily Value for adults. Choose your life stage for your own.`,
  columns: {
    food: 'Food',
    serving: 'Serving',
    mg: 'Magnesium',
    per100g: 'Mg per 100 g',
    per100kcal: 'Mg per 100 kcal',
    dv: '% Daily Value',
    need: (mg) => `% of your ${mg}`,
    plate: 'My day',
  },
  loading: (total) => `Loading all ${total} foods…`,
  loadError: 'The food list could not be loaded.',
  retry: 'Try again',
  dvBasis: (mg) => `% Daily Value: based on ${mg} a day (US FDA).`,
  intakesLabel: 'Recommended intakes:',
  datasetLine: (version, date) => `Dataset ${version}, ${date}.`,
};

const es: FoodFinderMessages = {
  searchRegion: 'Buscar alimentos',
  searchLabel: 'Buscar alimentos',
  searchHint: 'Nombres en español o inglés, por ejemplo espinacas o almonds.',
  categoriesLabel: 'Grupos de alimentos',
  categories: {
    'nuts-seeds': 'Frutos secos y semillas',
    legumes: 'Frijoles y legumbres',
    grains: 'Cereales',
    vegetables: 'Verduras',
    fruits: 'Frutas',
    'fish-seafood': 'Pescados y mariscos',
    'meat-poultry': 'Carnes y aves',
    'dairy-eggs': 'Lácteos y huevos',
    'sweets-snacks': 'Dulces y botanas',
    beverages: 'Bebidas',
    other: 'Otros',
  },
  dietLabel: 'Dieta',
  diets: { any: 'Cualquier dieta', vegetarian: 'Vegetariana', vegan: 'Vegana', pescatarian: 'Pescetariana' },
  dietAdjective: { any: null, vegetarian: 'vegetarianos', vegan: 'veganos', pescatarian: 'pescetarianos' },
  sortLabel: 'Ordenar por',
  sorts: { serving: 'Magnesio por porción', '100g': 'Magnesio por 100 g', '100kcal': 'Magnesio por 100 kcal' },
  sortByName: 'Nombre del alimento',
  basis: { serving: 'por porción', '100g': 'por 100 g', '100kcal': 'por 100 kcal' },
  everydayOnly: 'Solo alimentos comunes',
  everydayOnlyHint: (total) => `Desactívalo para buscar entre los ${total} alimentos del USDA.`,
  clearFilters: 'Quitar filtros',
  filters: (active, count) => (active ? `Filtros (${count})` : 'Filtros'),
  caption: (full, total) => (full ? `Magnesio en los ${total} alimentos del USDA` : 'Magnesio en alimentos comunes'),
  staticCaption: (count, shown, diet, groups, query, basis) =>
    `${count === 1 ? 'El alimento' : `Los ${shown} alimentos`}${diet ? ` ${count === 1 ? diet.replace(/s$/, '') : diet}` : ''}` +
    ` con más magnesio${groups ? ` (${groups})` : ''}${query ? ` que coinciden con «${query}»` : ''}, ${basis}`,
  sortHint: 'Los encabezados con botón ordenan la tabla.',
  target: (mg, kind, who) =>
    `Lo que necesitas: ${mg} al día (${kind === 'AI' ? 'ingesta adecuada' : 'aporte diario recomendado'} · ${who}).`,
  targetGeneral: (mg) =>
    `Lo que necesitas: ${mg} al día, el valor diario para adultos. Elige tu etapa de la vida para ver tu cifra.`,
  columns: {
    food: 'Alimento',
    serving: 'Porción',
    mg: 'Magnesio',
    per100g: 'Mg por 100 g',
    per100kcal: 'Mg por 100 kcal',
    dv: '% del valor diario',
    need: (mg) => `% de tus ${mg}`,
    plate: 'Mi día',
  },
  loading: (total) => `Cargando los ${total} alimentos…`,
  loadError: 'No se pudo cargar la lista de alimentos.',
  retry: 'Reintentar',
  dvBasis: (mg) => `% del valor diario: sobre ${mg} al día (FDA de EE. UU.).`,
  intakesLabel: 'Ingestas recomendadas:',
  datasetLine: (version, date) => `Datos versión ${version}, ${date}.`,
};

/** Messages of `<mg-food-finder>` by locale. */
export const foodFinderMessages: Record<Locale, FoodFinderMessages> = { en, es };
