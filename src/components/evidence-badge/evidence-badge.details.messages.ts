import type { EvidenceLevel, Locale, StudyDesign } from '../../data/enums.js';
import type { Plural } from './evidence-badge.messages.js';

/**
 * Texts of the details of `<mg-evidence-badge>`: they load with the details module (lazy chunk), not with the pill.
 * Functions receive numbers already formatted for the locale, and the raw counts where a word agrees. Level
 * meanings are the dataset's scale (data/sources/evidence/README.md, "meaning for readers"); the Spanish ones are
 * translations written here.
 */
export interface EvidenceDetailsMessages {
  /** What each level of the scale means for readers. */
  meanings: Record<EvidenceLevel, string>;
  /** The collapsible scale. */
  scaleLabel: string;
  /** Dataset version and date. */
  dataset: (version: string, date: string) => string;
  /** Publisher claims. */
  publisherRated: string;
  /** Label before the claim sentence of the dataset. */
  claimLabel: string;
  /** After a text that is a translation of the reviewer's English (shown only in a translated language). */
  translated: string;
  /** Label of the count of studies and their designs. */
  studiesLabel: string;
  /** Study designs, for the counts ("5 randomized trials") and for each key study. */
  designs: Record<StudyDesign, Plural>;
  /** Label of the participants line. */
  participantsLabel: string;
  /**
   * Participants of the studies that recruited people (trials, observational studies, case series): the sum when
   * every one reports a number, "at least" the sum when some do not, "not reported" when none do.
   */
  participantsAll: (sum: string, studies: number, studiesText: string) => string;
  participantsAtLeast: (sum: string, studiesText: string, missing: number, missingText: string) => string;
  participantsNotReported: (studies: number, studiesText: string) => string;
  participantsNone: string;
  /** Why reviews and meta-analyses are not added. */
  participantsNote: string;
  /** One study's participants ("126 participants"). */
  participantCount: Plural;
  /** Heading of the key studies, with the rule that chose them. */
  keyStudies: (shown: string, total: string) => string;
  /** Label of a study's result for the claim (reviewer's words, in English). */
  finding: string;
  /** Where a study's title links to. */
  viaDoi: string;
  viaPubmed: string;
  /** A study without a verified DOI or PMID. */
  noLink: string;
  /** Marks a detail that the source marks unverified or inferred. */
  unverified: string;
  /** A study whose year is not stated, or is marked unverified without a year. */
  yearUnknown: string;
  yearUnverified: string;
  /** Label of the main limitations (GRADE downgrades). */
  limitationsLabel: string;
  /** For claims without a GRADE assessment (safety references). */
  notGraded: string;
}

const en: EvidenceDetailsMessages = {
  meanings: {
    high: 'Very confident the effect is real; more research is unlikely to change the conclusion.',
    moderate: 'Probably true, but new research could change the size of the effect.',
    low:
      'Some human evidence supports the claim, but it is limited (small, short, unblinded or inconsistent studies). ' +
      'The true effect may be quite different.',
    'very-low':
      'Very uncertain: case reports, uncontrolled or tiny studies, results that conflict, or trials of different ' +
      'products or populations.',
    mechanistic:
      'The claim rests on cell, animal or biochemical findings; human trials of the actual claim are missing.',
    'not-rated': 'Safety or regulatory reference information (upper limits, interactions), not an efficacy claim.',
  },
  scaleLabel: 'What the levels mean',
  dataset: (version, date) => `mg-widgets dataset ${version}, ${date}.`,
  publisherRated: 'Rated by the publisher of this page, not taken from the mg-widgets dataset.',
  claimLabel: 'Claim rated:',
  translated: '(translation)',
  studiesLabel: 'Studies:',
  designs: {
    'meta-analysis': ['meta-analysis', 'meta-analyses'],
    'systematic-review': ['systematic review', 'systematic reviews'],
    rct: ['randomized trial', 'randomized trials'],
    trial: ['trial not described as randomized', 'trials not described as randomized'],
    observational: ['observational study', 'observational studies'],
    'case-series': ['case series', 'case series'],
    animal: ['animal study', 'animal studies'],
    'in-vitro': ['lab (in vitro) study', 'lab (in vitro) studies'],
    'narrative-review': ['narrative review', 'narrative reviews'],
    guideline: ['guideline or regulatory source', 'guidelines or regulatory sources'],
    other: ['other source', 'other sources'],
  },
  participantsLabel: 'Participants:',
  participantsAll: (sum, studies, n) =>
    `${sum}, in ${studies === 1 ? 'the one study' : `the ${n} studies`} that recruited people.`,
  participantsAtLeast: (sum, n, missing, m) =>
    `at least ${sum}, in the ${n} studies that recruited people (${m} ${missing === 1 ? 'does' : 'do'} not report ` +
    'a number).',
  participantsNotReported: (studies, n) =>
    `not reported by ${studies === 1 ? 'the one study' : `the ${n} studies`} that recruited people.`,
  participantsNone:
    'none to count: no listed study recruited people (only reviews, lab or animal studies, or guidelines).',
  participantsNote: 'Reviews and meta-analyses are not added: they pool people from other studies.',
  participantCount: ['participant', 'participants'],
  keyStudies: (shown, total) => `Key studies (${shown} of ${total}; strongest design first, then the largest):`,
  finding: 'Finding:',
  viaDoi: 'DOI',
  viaPubmed: 'PubMed',
  noLink: 'no verified link',
  unverified: '(unverified)',
  yearUnknown: 'year not stated',
  yearUnverified: 'year unverified',
  limitationsLabel: 'Main limitations:',
  notGraded: 'Not graded: this is safety or regulatory reference information, not an effect claim.',
};

const es: EvidenceDetailsMessages = {
  meanings: {
    high: 'Mucha confianza en que el efecto es real; es poco probable que más investigación cambie la conclusión.',
    moderate: 'Probablemente cierto, pero nuevas investigaciones podrían cambiar el tamaño del efecto.',
    low:
      'Algunos estudios en personas respaldan la afirmación, pero son limitados (pequeños, cortos, sin ' +
      'enmascaramiento o inconsistentes). El efecto real podría ser bastante distinto.',
    'very-low':
      'Muy incierto: casos aislados, estudios sin grupo de control o muy pequeños, resultados contradictorios, o ' +
      'ensayos con otros productos o poblaciones.',
    mechanistic:
      'La afirmación se basa en hallazgos en células, animales o bioquímicos; faltan ensayos en personas sobre la ' +
      'afirmación en sí.',
    'not-rated':
      'Información de referencia sobre seguridad o normativa (límites máximos, interacciones), no una afirmación ' +
      'sobre eficacia.',
  },
  scaleLabel: 'Qué significa cada nivel',
  dataset: (version, date) => `Conjunto de datos de mg-widgets ${version}, ${date}.`,
  publisherRated: 'Calificación del editor de esta página, no tomada del conjunto de datos de mg-widgets.',
  claimLabel: 'Afirmación calificada:',
  translated: '(traducción)',
  studiesLabel: 'Estudios:',
  designs: {
    'meta-analysis': ['metaanálisis', 'metaanálisis'],
    'systematic-review': ['revisión sistemática', 'revisiones sistemáticas'],
    rct: ['ensayo aleatorizado', 'ensayos aleatorizados'],
    trial: ['ensayo no descrito como aleatorizado', 'ensayos no descritos como aleatorizados'],
    observational: ['estudio observacional', 'estudios observacionales'],
    'case-series': ['serie de casos', 'series de casos'],
    animal: ['estudio en animales', 'estudios en animales'],
    'in-vitro': ['estudio de laboratorio (in vitro)', 'estudios de laboratorio (in vitro)'],
    'narrative-review': ['revisión narrativa', 'revisiones narrativas'],
    guideline: ['guía o fuente normativa', 'guías o fuentes normativas'],
    other: ['otra fuente', 'otras fuentes'],
  },
  participantsLabel: 'Participantes:',
  participantsAll: (sum, studies, n) =>
    studies === 1
      ? `${sum}, en el único estudio que reclutó personas.`
      : `${sum}, en los ${n} estudios que reclutaron personas.`,
  participantsAtLeast: (sum, n, missing, m) =>
    `al menos ${sum}, en los ${n} estudios que reclutaron personas (${m} no ${missing === 1 ? 'indica' : 'indican'} ` +
    'la cifra).',
  participantsNotReported: (studies, n) =>
    studies === 1
      ? 'no los indica el único estudio que reclutó personas.'
      : `no los indican los ${n} estudios que reclutaron personas.`,
  participantsNone:
    'ninguno que contar: ningún estudio de la lista reclutó personas (solo revisiones, estudios de laboratorio o en ' +
    'animales, o guías).',
  participantsNote: 'No se suman las revisiones ni los metaanálisis: reúnen a personas de otros estudios.',
  participantCount: ['participante', 'participantes'],
  keyStudies: (shown, total) =>
    `Estudios clave (${shown} de ${total}; primero el diseño más sólido, luego el más grande):`,
  finding: 'Resultado:',
  viaDoi: 'DOI',
  viaPubmed: 'PubMed',
  noLink: 'sin enlace verificado',
  unverified: '(sin verificar)',
  yearUnknown: 'año no indicado',
  yearUnverified: 'año sin verificar',
  limitationsLabel: 'Principales limitaciones:',
  notGraded: 'Sin calificar: es información de referencia sobre seguridad o normativa, no una afirmación de efecto.',
};

/** Messages of the details, by locale. */
export const evidenceDetailsMessages: Record<Locale, EvidenceDetailsMessages> = { en, es };
