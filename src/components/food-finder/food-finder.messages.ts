import type { Diet, FoodCategory, FoodSort, Locale } from '../../data/enums.js';

/**
 * Texts of `<mg-food-finder>`. Functions take numbers already formatted for the locale (through `src/i18n`), and
 * the raw count where a plural depends on it. Plain language: short sentences, common words.
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
  /** Suffixes of the values in the narrow layout's cards ("50% DV", "68% of your 310 mg"). */
  card: { dv: string; need: (mg: string) => string };
  noServing: string;
  notAvailable: string;
  /** The row's add button: visible text and the rest of its accessible name. */
  add: (name: string) => [visible: string, hidden: string];
  inPlate: (count: string) => string;
  details: {
    per100g: string;
    per100kcal: string;
    servingWeight: string;
    usda: string;
    ods: string;
  };
  showing: (count: number, shown: string, total: string) => string;
  showMore: (count: string) => string;
  announce: (count: number, total: string) => string;
  loading: (total: string) => string;
  loadError: string;
  retry: string;
  emptyQuery: (query: string) => string;
  emptyFilters: string;
  suggestions: string;
  clearSearch: string;
  allGroups: string;
  anyDiet: string;
  searchAll: (total: string) => string;
  languageTip: string;
  plate: {
    title: string;
    empty: string;
    servings: (count: string, serving: string) => string;
    addOne: (name: string) => string;
    removeOne: (name: string) => string;
    total: string;
    meter: (total: string, target: string, percent: string) => string;
    toGo: (mg: string) => string;
    reached: string;
    clear: string;
    added: (name: string, total: string, percent: string) => string;
    removed: (name: string, total: string, percent: string) => string;
    cleared: string;
  };
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
  card: { dv: 'DV', need: (mg) => `of your ${mg}` },
  noServing: 'No household serving',
  notAvailable: 'not available',
  add: (name) => ['Add', ` ${name} to my day`],
  inPlate: (count) => `${count} in my day`,
  details: {
    per100g: 'Per 100 g',
    per100kcal: 'Per 100 kcal',
    servingWeight: 'Serving weight',
    usda: 'USDA food',
    ods: 'In the NIH list of good food sources of magnesium.',
  },
  showing: (count, shown, total) =>
    count === 0
      ? 'No foods'
      : count === 1
        ? '1 food'
        : shown === total
          ? `All ${total} foods`
          : `Showing ${shown} of ${total} foods`,
  showMore: (count) => `Show ${count} more`,
  announce: (count, total) =>
    count === 0 ? 'No foods found.' : count === 1 ? '1 food found.' : `${total} foods found.`,
  loading: (total) => `Loading all ${total} foods…`,
  loadError: 'The food list could not be loaded.',
  retry: 'Try again',
  emptyQuery: (query) => `No foods match “${query}”.`,
  emptyFilters: 'No foods match these filters.',
  suggestions: 'Try one of these:',
  clearSearch: 'Clear the search',
  allGroups: 'Show every food group',
  anyDiet: 'Any diet',
  searchAll: (total) => `Search all ${total} foods`,
  languageTip: 'Names work in English or Spanish, singular or plural: “bean”, “frijoles”.',
  plate: {
    title: 'My day',
    empty: 'Add the servings you eat in a day to see how close they get you to your need.',
    servings: (count, serving) => `${count} × ${serving}`,
    addOne: (name) => `Add one serving of ${name}`,
    removeOne: (name) => `Remove one serving of ${name}`,
    total: 'Total',
    meter: (total, target, percent) => `${total} of ${target} (${percent})`,
    toGo: (mg) => `${mg} to go.`,
    reached: 'That meets your need for the day.',
    clear: 'Clear my day',
    added: (name, total, percent) => `Added ${name}. My day: ${total}, ${percent} of your need.`,
    removed: (name, total, percent) => `Removed ${name}. My day: ${total}, ${percent} of your need.`,
    cleared: 'My day is empty.',
  },
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
  card: { dv: 'VD', need: (mg) => `de tus ${mg}` },
  noServing: 'Sin porción casera',
  notAvailable: 'sin dato',
  add: (name) => ['Añadir', ` ${name} a mi día`],
  inPlate: (count) => `${count} en mi día`,
  details: {
    per100g: 'Por 100 g',
    per100kcal: 'Por 100 kcal',
    servingWeight: 'Peso de la porción',
    usda: 'Alimento del USDA',
    ods: 'En la lista de buenas fuentes de magnesio de los NIH.',
  },
  showing: (count, shown, total) =>
    count === 0
      ? 'Ningún alimento'
      : count === 1
        ? '1 alimento'
        : shown === total
          ? `Los ${total} alimentos`
          : `${shown} de ${total} alimentos`,
  showMore: (count) => `Mostrar ${count} más`,
  announce: (count, total) =>
    count === 0
      ? 'No se encontró ningún alimento.'
      : count === 1
        ? 'Se encontró 1 alimento.'
        : `Se encontraron ${total} alimentos.`,
  loading: (total) => `Cargando los ${total} alimentos…`,
  loadError: 'No se pudo cargar la lista de alimentos.',
  retry: 'Reintentar',
  emptyQuery: (query) => `Ningún alimento coincide con «${query}».`,
  emptyFilters: 'Ningún alimento coincide con estos filtros.',
  suggestions: 'Prueba una de estas opciones:',
  clearSearch: 'Borrar la búsqueda',
  allGroups: 'Mostrar todos los grupos',
  anyDiet: 'Cualquier dieta',
  searchAll: (total) => `Buscar entre los ${total} alimentos`,
  languageTip: 'Los nombres funcionan en español o inglés, en singular o plural: «frijol», «beans».',
  plate: {
    title: 'Mi día',
    empty: 'Añade las porciones que comes en un día para ver cuánto te acercas a lo que necesitas.',
    servings: (count, serving) => `${count} × ${serving}`,
    addOne: (name) => `Añadir una porción de ${name}`,
    removeOne: (name) => `Quitar una porción de ${name}`,
    total: 'Total',
    meter: (total, target, percent) => `${total} de ${target} (${percent})`,
    toGo: (mg) => `Faltan ${mg}.`,
    reached: 'Con esto cubres lo que necesitas en el día.',
    clear: 'Vaciar mi día',
    added: (name, total, percent) => `Añadido: ${name}. Mi día: ${total}, ${percent} de lo que necesitas.`,
    removed: (name, total, percent) => `Quitado: ${name}. Mi día: ${total}, ${percent} de lo que necesitas.`,
    cleared: 'Mi día está vacío.',
  },
  dvBasis: (mg) => `% del valor diario: sobre ${mg} al día (FDA de EE. UU.).`,
  intakesLabel: 'Ingestas recomendadas:',
  datasetLine: (version, date) => `Datos versión ${version}, ${date}.`,
};

/** Messages of `<mg-food-finder>` by locale. */
export const foodFinderMessages: Record<Locale, FoodFinderMessages> = { en, es };
