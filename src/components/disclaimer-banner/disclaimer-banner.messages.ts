import type { Locale } from '../../data/enums.js';

/**
 * Texts of `<mg-disclaimer-banner>`. Written for plain language: short sentences, common words. Functions take the
 * `publisher` attribute (empty when unset) or the crisis line's number; in `crisisLine`, `{call}`, `{text}` and
 * `{name}` are replaced by the line's links. Each text is one paragraph, so a hash of the texts tells a remembered
 * dismissal when they change.
 */
export interface DisclaimerBannerMessages {
  /** Accessible name of the banner (`role="note"`, or the region with `landmark`). */
  label: string;
  /** One-line summary of each notice, for the compact variant. */
  summary: { medical: string; affiliate: string; supplement: string };
  /** Medical disclaimer, naming the publisher when there is one. */
  medical: (publisher?: string) => string;
  /** Affiliate disclosure (FTC-style plain language), naming the publisher when there is one. */
  affiliate: (publisher?: string) => string;
  /** FDA structure/function statement (DSHEA), adapted to an article. */
  supplement: string;
  /** First sentence of the crisis notice. */
  crisisLead: string;
  /** The verified crisis line: `{call}`, `{text}` and `{name}` become links. */
  crisisLine: string;
  /** Link texts for the crisis line's `tel:` and `sms:` links. */
  crisisCall: (number: string) => string;
  crisisText: (number: string) => string;
  /** What to do where the line is not verified to work. */
  crisisElsewhere: string;
  /** Used only when the dataset has no verified line. */
  crisisNoLine: string;
  /** Text of the `policy-href` link. */
  policy: string;
  /** The compact variant's disclosure button. */
  details: string;
  /** Accessible name of the dismiss button. */
  dismiss: string;
}

const en: DisclaimerBannerMessages = {
  label: 'Important notes',
  summary: {
    medical: 'Not medical advice.',
    affiliate: 'We earn money from some links.',
    supplement: 'The FDA has not evaluated claims about supplements.',
  },
  medical: (publisher) =>
    `This article${publisher ? ` from ${publisher}` : ''} is for general information only. It is not medical advice ` +
    'and does not replace care from your doctor. Talk with your doctor or pharmacist before you start a supplement. ' +
    'Do not stop or change a prescribed medicine on your own.',
  affiliate: (publisher) =>
    `${publisher ? `${publisher} earns` : 'We earn'} a commission if you buy something through links on this page.`,
  supplement:
    'Statements in this article about dietary supplements have not been evaluated by the Food and Drug ' +
    'Administration (FDA). These products are not intended to diagnose, treat, cure or prevent any disease.',
  crisisLead: 'If you are thinking about suicide or are in crisis, help is available.',
  crisisLine: 'In the US, {call} or {text} to reach the {name}. It is free and confidential, day or night.',
  crisisCall: (number) => `call ${number}`,
  crisisText: (number) => `text ${number}`,
  crisisElsewhere: 'Outside the US, call your local emergency number or a crisis line near you.',
  crisisNoLine: 'Call your local emergency number or a crisis line near you.',
  policy: 'Read our full policy',
  details: 'Details',
  dismiss: 'Hide these notes',
};

const es: DisclaimerBannerMessages = {
  label: 'Avisos importantes',
  summary: {
    medical: 'No es un consejo médico.',
    affiliate: 'Ganamos dinero con algunos enlaces.',
    supplement: 'La FDA no ha evaluado lo que se dice sobre los suplementos.',
  },
  medical: (publisher) =>
    `Este artículo${publisher ? ` de ${publisher}` : ''} es solo información general. No es un consejo médico y no ` +
    'reemplaza la atención de su médico. Hable con su médico o farmacéutico antes de empezar un suplemento. No deje ' +
    'ni cambie por su cuenta un medicamento recetado.',
  affiliate: (publisher) =>
    `${publisher ? `${publisher} gana` : 'Ganamos'} una comisión si usted compra algo a través de los enlaces de esta ` +
    'página.',
  supplement:
    'Las afirmaciones de este artículo sobre los suplementos dietéticos no han sido evaluadas por la Administración ' +
    'de Alimentos y Medicamentos (FDA) de EE.\u00a0UU. Estos productos no tienen como fin diagnosticar, tratar, curar ' +
    'ni prevenir ninguna enfermedad.',
  crisisLead: 'Si está pensando en el suicidio o está pasando por una crisis, hay ayuda.',
  crisisLine:
    'En EE.\u00a0UU., {call} o {text} para comunicarse con la {name}. Es gratis y confidencial, de día y de noche.',
  crisisCall: (number) => `llame al ${number}`,
  crisisText: (number) => `envíe un mensaje de texto al ${number}`,
  crisisElsewhere: 'Fuera de EE.\u00a0UU., llame al número de emergencias de su país o a una línea de crisis cercana.',
  crisisNoLine: 'Llame al número de emergencias de su país o a una línea de crisis cercana.',
  policy: 'Lea nuestra política completa',
  details: 'Detalles',
  dismiss: 'Ocultar estos avisos',
};

/** The banner's messages, by locale. */
export const disclaimerBannerMessages: Record<Locale, DisclaimerBannerMessages> = { en, es };
