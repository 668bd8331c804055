import { html } from 'lit';
import { LIFE_STAGE_GROUPS } from '../data/enums.js';
import type { LifeStageId } from '../data/enums.js';
import type { CommonMessages } from '../i18n/index.js';

/**
 * The options of a life-stage picker: "general (adults)" first, then the life stages in their groups, with
 * `lifeStage` selected. The reader profile, the food finder and the comparer's calculator share it.
 */
export function lifeStageOptions(common: CommonMessages, lifeStage: LifeStageId | null | undefined) {
  return html`<option value="" ?selected=${!lifeStage}>${common.lifeStageGeneral}</option>
    ${LIFE_STAGE_GROUPS.map(
      ([group, ids]) =>
        html`<optgroup label=${common.lifeStageGroups[group]}>
          ${ids.map((id) => html`<option value=${id} ?selected=${lifeStage === id}>${common.lifeStages[id]}</option>`)}
        </optgroup>`,
    )}`;
}
