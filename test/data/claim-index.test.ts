import { expect } from '@open-wc/testing';
import { CLAIM_IDS, CLAIM_INDEX } from '../../src/data/generated/ids.js';
import { EVIDENCE_LEVELS } from '../../src/data/enums.js';
import { loadEvidence } from '../../src/data/loaders.js';

describe('CLAIM_INDEX (main bundle)', () => {
  it('has every claim, in the order of CLAIM_IDS', () => {
    expect(Object.keys(CLAIM_INDEX)).to.deep.equal([...CLAIM_IDS]);
  });

  it('gives each claim the level and number of studies of the evidence chunk', async () => {
    const { claims } = await loadEvidence();
    for (const claim of claims) {
      expect(CLAIM_INDEX[claim.id], claim.id).to.deep.equal({ level: claim.level, studies: claim.studies.length });
      expect(EVIDENCE_LEVELS).to.include(CLAIM_INDEX[claim.id].level);
    }
  });
});
