import type { Locale } from '../../data/enums.js';

/**
 * Texts of `<mg-form-comparer>` shown at its first render, before the forms chunk arrives: the table's caption and
 * headers, the add control, the calculator's fields, the label guide's title and the safety panel. The texts that
 * need the forms data (rows, results, the guide itself) load with it, in `form-comparer.view.messages.ts`.
 * Functions take numbers already formatted for the locale. Plain language: short sentences, common words.
 */
export interface FormComparerMessages {
  /** Caption of the table; also the name of its scroll region. */
  title: string;
  /** Under the caption: what "magnesium by weight" means, and that a label's own figure wins. */
  theoretical: string;
  /** Under the caption: what the badges of "Studied for" rate. */
  studiedNote: string;
  columns: {
    form: string;
    elemental: string;
    /** "Compound needed for 200 mg of magnesium". */
    dose: (mg: string) => string;
    absorption: string;
    gut: string;
    studied: string;
    sources: string;
    /** Header of the remove buttons' column (visually hidden). */
    remove: string;
  };
  /** Hidden text of the busy table, and the load error. */
  loading: string;
  loadError: string;
  retry: string;
  /** The visible tag of the `highlight` form. */
  highlighted: string;
  /** Text of a remove button (the visible ✕ is decorative). */
  remove: (name: string) => string;
  addLabel: string;
  add: string;
  allShown: string;
  /** Announcements after the reader added or removed a form. */
  added: (name: string, count: number, shown: string) => string;
  removed: (name: string, count: number, shown: string) => string;
  calc: {
    title: string;
    intro: string;
    form: string;
    amount: string;
    amountHint: string;
    servings: string;
    basis: string;
    compound: string;
    elemental: string;
    /** The results area before the reader typed an amount. */
    empty: string;
    invalid: string;
    servingsInvalid: string;
  };
  /** Summary of the "how to read a Supplement Facts label" disclosure. */
  guide: string;
  safety: string;
}

const en: FormComparerMessages = {
  title: 'Magnesium supplement forms compared',
  theoretical:
    'Magnesium by weight is the theoretical share of magnesium in the pure compound, from its formula. ' +
    'If a label states its own figure, go by the label.',
  studiedNote: 'Studied for: the badge rates the evidence for that use as a whole, not for this form alone.',
  columns: {
    form: 'Form',
    elemental: 'Magnesium by weight (theoretical)',
    dose: (mg) => `Compound needed for ${mg} of magnesium`,
    absorption: 'Absorption compared with oxide',
    gut: 'Gut side effects',
    studied: 'Studied for',
    sources: 'Sources',
    remove: 'Remove',
  },
  loading: 'Loading the supplement forms…',
  loadError: 'The supplement forms could not be loaded.',
  retry: 'Try again',
  highlighted: 'Highlighted',
  remove: (name) => `Remove ${name}`,
  addLabel: 'Add a form',
  add: 'Add',
  allShown: 'All forms are in the table.',
  added: (name, count, shown) => `${name} added. ${shown} ${count === 1 ? 'form' : 'forms'} compared.`,
  removed: (name, count, shown) => `${name} removed. ${shown} ${count === 1 ? 'form' : 'forms'} compared.`,
  calc: {
    title: 'Label calculator',
    intro: 'How much magnesium is in your supplement, and how does it compare with your needs and the upper limit?',
    form: 'Form on the label',
    amount: 'Amount on the label (mg)',
    amountHint: 'Per serving, for example 500.',
    servings: 'Servings a day',
    basis: 'The amount on the label is',
    compound: 'the whole compound (for example “magnesium glycinate 500 mg”)',
    elemental: 'magnesium itself (for example “magnesium 100 mg, as glycinate”)',
    empty: 'Type the amount on the label to see how much magnesium it gives.',
    invalid: 'Type the amount as a number of milligrams, for example 500.',
    servingsInvalid: 'Type the servings a day as a number, for example 2.',
  },
  guide: 'How to read a Supplement Facts label',
  safety: 'Safety: medicines and health conditions',
};

const es: FormComparerMessages = {
  title: 'Formas de suplementos de magnesio comparadas',
  theoretical:
    'El magnesio por peso es la proporción teórica de magnesio en el compuesto puro, según su fórmula. ' +
    'Si la etiqueta indica su propia cifra, usa la de la etiqueta.',
  studiedNote: 'Estudiado para: la insignia valora la evidencia de ese uso en conjunto, no solo la de esta forma.',
  columns: {
    form: 'Forma',
    elemental: 'Magnesio por peso (teórico)',
    dose: (mg) => `Compuesto necesario para ${mg} de magnesio`,
    absorption: 'Absorción comparada con el óxido',
    gut: 'Efectos digestivos',
    studied: 'Estudiado para',
    sources: 'Fuentes',
    remove: 'Quitar',
  },
  loading: 'Cargando las formas de suplementos…',
  loadError: 'No se pudieron cargar las formas de suplementos.',
  retry: 'Reintentar',
  highlighted: 'Destacado',
  remove: (name) => `Quitar ${name}`,
  addLabel: 'Añadir una forma',
  add: 'Añadir',
  allShown: 'Todas las formas están en la tabla.',
  added: (name, count, shown) =>
    `Se añadió ${name}. ${count === 1 ? 'Se compara' : 'Se comparan'} ${shown} ${count === 1 ? 'forma' : 'formas'}.`,
  removed: (name, count, shown) =>
    `Se quitó ${name}. ${count === 1 ? 'Se compara' : 'Se comparan'} ${shown} ${count === 1 ? 'forma' : 'formas'}.`,
  calc: {
    title: 'Calculadora de etiquetas',
    intro: '¿Cuánto magnesio tiene tu suplemento y cómo se compara con lo que necesitas y con el límite máximo?',
    form: 'Forma de la etiqueta',
    amount: 'Cantidad de la etiqueta (mg)',
    amountHint: 'Por porción, por ejemplo 500.',
    servings: 'Porciones al día',
    basis: 'La cantidad de la etiqueta es',
    compound: 'el compuesto entero (por ejemplo, «glicinato de magnesio 500 mg»)',
    elemental: 'el magnesio en sí (por ejemplo, «magnesio 100 mg, como glicinato»)',
    empty: 'Escribe la cantidad de la etiqueta para ver cuánto magnesio aporta.',
    invalid: 'Escribe la cantidad como un número de miligramos, por ejemplo 500.',
    servingsInvalid: 'Escribe las porciones al día como un número, por ejemplo 2.',
  },
  guide: 'Cómo leer la etiqueta de información del suplemento',
  safety: 'Seguridad: medicamentos y problemas de salud',
};

export const formComparerMessages: Record<Locale, FormComparerMessages> = { en, es };
