import type { Locale } from '../../data/enums.js';

/**
 * Texts of `<mg-food-finder>` that load with the foods: the rows and their details, the result count and
 * announcements, the empty state and its suggestions, and the filled "My day".
 * Functions take numbers already formatted for the locale, and the raw count where a plural depends on it.
 * Plain language: short sentences, common words.
 */
export interface FoodFinderViewMessages {
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
  emptyQuery: (query: string) => string;
  emptyFilters: string;
  suggestions: string;
  clearSearch: string;
  allGroups: string;
  searchAll: (total: string) => string;
  languageTip: string;
  plate: {
    /** "My day" before anything is added (its title is the first-render `columns.plate`). */
    empty: string;
    total: string;
    meter: (total: string, target: string, percent: string) => string;
    servings: (count: string, serving: string) => string;
    addOne: (name: string) => string;
    removeOne: (name: string) => string;
    toGo: (mg: string) => string;
    reached: string;
    clear: string;
    added: (name: string, total: string, percent: string) => string;
    removed: (name: string, total: string, percent: string) => string;
    cleared: string;
  };
}

const en: FoodFinderViewMessages = {
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
  emptyQuery: (query) => `No foods match “${query}”.`,
  emptyFilters: 'No foods match these filters.',
  suggestions: 'Try one of these:',
  clearSearch: 'Clear the search',
  allGroups: 'Show every food group',
  searchAll: (total) => `Search all ${total} foods`,
  languageTip: 'Names work in English or Spanish, singular or plural: “bean”, “frijoles”.',
  plate: {
    empty: 'Add the servings you eat in a day to see how close they get you to your need.',
    total: 'Total',
    meter: (total, target, percent) => `${total} of ${target} (${percent})`,
    servings: (count, serving) => `${count} × ${serving}`,
    addOne: (name) => `Add one serving of ${name}`,
    removeOne: (name) => `Remove one serving of ${name}`,
    toGo: (mg) => `${mg} to go.`,
    reached: 'That meets your need for the day.',
    clear: 'Clear my day',
    added: (name, total, percent) => `Added ${name}. My day: ${total}, ${percent} of your need.`,
    removed: (name, total, percent) => `Removed ${name}. My day: ${total}, ${percent} of your need.`,
    cleared: 'My day is empty.',
  },
};

const es: FoodFinderViewMessages = {
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
  emptyQuery: (query) => `Ningún alimento coincide con «${query}».`,
  emptyFilters: 'Ningún alimento coincide con estos filtros.',
  suggestions: 'Prueba una de estas opciones:',
  clearSearch: 'Borrar la búsqueda',
  allGroups: 'Mostrar todos los grupos',
  searchAll: (total) => `Buscar entre los ${total} alimentos`,
  languageTip: 'Los nombres funcionan en español o inglés, en singular o plural: «frijol», «beans».',
  plate: {
    empty: 'Añade las porciones que comes en un día para ver cuánto te acercas a lo que necesitas.',
    total: 'Total',
    meter: (total, target, percent) => `${total} de ${target} (${percent})`,
    servings: (count, serving) => `${count} × ${serving}`,
    addOne: (name) => `Añadir una porción de ${name}`,
    removeOne: (name) => `Quitar una porción de ${name}`,
    toGo: (mg) => `Faltan ${mg}.`,
    reached: 'Con esto cubres lo que necesitas en el día.',
    clear: 'Vaciar mi día',
    added: (name, total, percent) => `Añadido: ${name}. Mi día: ${total}, ${percent} de lo que necesitas.`,
    removed: (name, total, percent) => `Quitado: ${name}. Mi día: ${total}, ${percent} de lo que necesitas.`,
    cleared: 'Mi día está vacío.',
  },
};

/** Messages of the rows, results and "My day" of `<mg-food-finder>` by locale. */
export const foodFinderViewMessages: Record<Locale, FoodFinderViewMessages> = { en, es };
