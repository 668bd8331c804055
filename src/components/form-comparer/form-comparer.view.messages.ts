import type { AbsorptionVsOxide, Locale } from '../../data/enums.js';
import type { ClaimId } from '../../data/generated/ids.js';

/**
 * Texts of `<mg-form-comparer>` that load with the forms: the rows, the add control, the calculator, the label guide
 * and the safety panel.
 * Functions take numbers already formatted for the locale. Plain language: short sentences, common words.
 */
export interface FormComparerViewMessages {
  /** Absorption compared with oxide, in a few words (the data's own sentence follows). */
  absorption: Record<AbsorptionVsOxide, string>;
  noGutData: string;
  noStudies: string;
  /** Short topic of each evidence claim, for "Studied for". */
  topics: Record<ClaimId, string>;
  /** "3 sources", and the hidden end of the disclosure's name (" for magnesium oxide"). */
  sourcesCount: (count: number, shown: string) => string;
  sourcesFor: (name: string) => string;
  noSources: string;
  /** Before the gut effect that applies to every form; and "every form" for its sources' hidden name. */
  allForms: string;
  everyForm: string;
  results: {
    perDay: string;
    /** "from 1,000 mg of magnesium glycinate a day" (compound amount). */
    fromCompound: (mg: string, name: string) => string;
    /** "about 3,546 mg of magnesium glycinate a day" (elemental amount). */
    asCompound: (mg: string, name: string) => string;
    perServing: (mg: string) => string;
    target: string;
    /** "23% of 310 mg (RDA · Female, 19–30 years)". */
    targetValue: (percent: string, mg: string, kind: 'RDA' | 'AI', who: string) => string;
    targetGeneral: (percent: string, mg: string) => string;
    limit: string;
    limitValue: (percent: string, mg: string, region: string, who: string) => string;
    noLimit: (region: string, who: string) => string;
    /** Who the upper limit is for without a life stage. */
    adults: string;
    /** The warning above the limit: it must not change while the reader types (it is an alert). */
    over: (mg: string, region: string) => string;
    overShort: string;
    /** The polite announcement after the reader pauses, then `limitShort` or `noLimit`, then `overShort`. */
    announce: (perDay: string, target: string) => string;
    limitShort: (percent: string) => string;
  };
  /** "How to read a Supplement Facts label": one item per step. `dv` is the Daily Value, formatted. */
  guide: (dv: string) => readonly string[];
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
  guideTitle: string;
  safety: string;
}

const en: FormComparerViewMessages = {
  absorption: {
    reference: 'The reference: other forms are compared with it',
    higher: 'Better absorbed than oxide',
    similar: 'About the same as oxide',
    'not-studied': 'Not compared with oxide in our sources',
  },
  noGutData: 'No form-specific data',
  noStudies: 'No studies of this form in our sources',
  topics: {
    'depression-treatment': 'Depression',
    'deficiency-correlates-depression': 'Low magnesium and depression',
    anxiety: 'Anxiety',
    'bipolar-mood-stabilizer': 'Bipolar disorder',
    serotonin: 'Serotonin',
    'nmda-antagonist': 'NMDA receptors (brain signaling)',
    'hpa-cortisol': 'Stress hormones',
    'sleep-insomnia': 'Sleep',
    pms: 'Premenstrual symptoms',
    'ssri-synergy': 'Added to antidepressants',
    'glycinate-vs-oxide-absorption': 'Absorption, glycinate vs oxide',
    'oxide-low-bioavailability': 'Absorption of oxide',
    'threonate-cognition': 'Memory and thinking',
    'safety-upper-intake-level': 'Upper limit',
    'safety-drug-interactions': 'Drug interactions',
  },
  sourcesCount: (count, shown) => `${shown} ${count === 1 ? 'source' : 'sources'}`,
  sourcesFor: (name) => ` for ${name}`,
  noSources: 'None',
  allForms: 'All forms:',
  everyForm: ' for every form',
  results: {
    perDay: 'Magnesium a day',
    fromCompound: (mg, name) => `from ${mg} of ${name} a day`,
    asCompound: (mg, name) => `that is about ${mg} of ${name} a day`,
    perServing: (mg) => `${mg} per serving`,
    target: 'Of your recommended intake',
    targetValue: (percent, mg, kind, who) =>
      `${percent} of ${mg} (${kind === 'AI' ? 'adequate intake' : 'RDA'} · ${who})`,
    targetGeneral: (percent, mg) => `${percent} of ${mg} (the Daily Value for adults)`,
    limit: 'Of the upper limit for supplements',
    limitValue: (percent, mg, region, who) => `${percent} of ${mg} a day (${region} · ${who})`,
    noLimit: (region, who) => `No upper limit is set (${region} · ${who}).`,
    adults: 'adults',
    over: (mg, region) =>
      `Above the upper limit: more than ${mg} a day of magnesium from supplements (${region}), the most that is ` +
      'likely to be safe for almost everyone. Take more only on medical advice. Diarrhea is usually the first sign ' +
      'of too much.',
    overShort: 'Above the upper limit.',
    announce: (perDay, target) => `${perDay} of magnesium a day. ${target} of your recommended intake.`,
    limitShort: (percent) => `${percent} of the upper limit for supplements.`,
  },
  guide: (dv) => [
    'Find magnesium in the Supplement Facts box. The amount next to it, for example “Magnesium 100 mg”, is usually ' +
      'the magnesium itself (elemental magnesium). That is the number to compare with your needs and the upper limit.',
    'The form is often in brackets (“as magnesium glycinate”) or in the ingredients. An amount next to a compound’s ' +
      'name, for example “Magnesium glycinate 500 mg”, is the whole compound, and only part of it is magnesium. ' +
      'Choose “the whole compound” in the calculator to convert it.',
    'Check the serving size. If it says 2 capsules, the amounts are for the 2 capsules together.',
    `% Daily Value compares the amount with ${dv}, the Daily Value for adults, not with your own need.`,
    'Add up every supplement and medicine that contains magnesium: the upper limit counts them all, but not the ' +
      'magnesium in food and water.',
  ],
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
  guideTitle: 'How to read a Supplement Facts label',
  safety: 'Safety: medicines and health conditions',
};

const es: FormComparerViewMessages = {
  absorption: {
    reference: 'La referencia: las demás formas se comparan con ella',
    higher: 'Se absorbe mejor que el óxido',
    similar: 'Parecida a la del óxido',
    'not-studied': 'No comparada con el óxido en nuestras fuentes',
  },
  noGutData: 'Sin datos específicos de esta forma',
  noStudies: 'Ningún estudio de esta forma en nuestras fuentes',
  topics: {
    'depression-treatment': 'Depresión',
    'deficiency-correlates-depression': 'Magnesio bajo y depresión',
    anxiety: 'Ansiedad',
    'bipolar-mood-stabilizer': 'Trastorno bipolar',
    serotonin: 'Serotonina',
    'nmda-antagonist': 'Receptores NMDA (señales del cerebro)',
    'hpa-cortisol': 'Hormonas del estrés',
    'sleep-insomnia': 'Sueño',
    pms: 'Síntomas premenstruales',
    'ssri-synergy': 'Junto con antidepresivos',
    'glycinate-vs-oxide-absorption': 'Absorción, glicinato frente a óxido',
    'oxide-low-bioavailability': 'Absorción del óxido',
    'threonate-cognition': 'Memoria y pensamiento',
    'safety-upper-intake-level': 'Límite máximo',
    'safety-drug-interactions': 'Interacciones con medicamentos',
  },
  sourcesCount: (count, shown) => `${shown} ${count === 1 ? 'fuente' : 'fuentes'}`,
  sourcesFor: (name) => ` de ${name}`,
  noSources: 'Ninguna',
  allForms: 'Todas las formas:',
  everyForm: ' de todas las formas',
  results: {
    perDay: 'Magnesio al día',
    fromCompound: (mg, name) => `de ${mg} de ${name} al día`,
    asCompound: (mg, name) => `es decir, unos ${mg} de ${name} al día`,
    perServing: (mg) => `${mg} por porción`,
    target: 'De tu ingesta recomendada',
    targetValue: (percent, mg, kind, who) =>
      `${percent} de ${mg} (${kind === 'AI' ? 'ingesta adecuada' : 'aporte diario recomendado'} · ${who})`,
    targetGeneral: (percent, mg) => `${percent} de ${mg} (el valor diario para adultos)`,
    limit: 'Del límite máximo para suplementos',
    limitValue: (percent, mg, region, who) => `${percent} de ${mg} al día (${region} · ${who})`,
    noLimit: (region, who) => `No hay un límite máximo establecido (${region} · ${who}).`,
    adults: 'adultos',
    over: (mg, region) =>
      `Por encima del límite máximo: más de ${mg} al día de magnesio de suplementos (${region}), la cantidad más ` +
      'alta que probablemente es segura para casi todas las personas. Toma más solo por consejo médico. La diarrea ' +
      'suele ser la primera señal de exceso.',
    overShort: 'Por encima del límite máximo.',
    announce: (perDay, target) => `${perDay} de magnesio al día. ${target} de tu ingesta recomendada.`,
    limitShort: (percent) => `${percent} del límite máximo para suplementos.`,
  },
  guide: (dv) => [
    'Busca el magnesio en el recuadro de información del suplemento («Supplement Facts» en las etiquetas de EE. UU.). ' +
      'La cantidad que lo acompaña, por ejemplo «Magnesio 100 mg», suele ser el magnesio en sí (magnesio elemental). ' +
      'Es la cifra que debes comparar con lo que necesitas y con el límite máximo.',
    'La forma suele aparecer entre paréntesis («como glicinato de magnesio») o en los ingredientes. Una cantidad ' +
      'junto al nombre de un compuesto, por ejemplo «glicinato de magnesio 500 mg», es el compuesto entero, y solo ' +
      'una parte es magnesio. Elige «el compuesto entero» en la calculadora para convertirla.',
    'Mira el tamaño de la porción. Si dice 2 cápsulas, las cantidades son para las 2 cápsulas juntas.',
    `El % del valor diario compara la cantidad con ${dv}, el valor diario para adultos, no con lo que necesitas tú.`,
    'Suma todos los suplementos y medicamentos que contienen magnesio: el límite máximo los cuenta todos, pero no ' +
      'el magnesio de los alimentos y el agua.',
  ],
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
  guideTitle: 'Cómo leer la etiqueta de información del suplemento',
  safety: 'Seguridad: medicamentos y problemas de salud',
};

export const formComparerViewMessages: Record<Locale, FormComparerViewMessages> = { en, es };
