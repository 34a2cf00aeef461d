// The canvas's text description follows the model's stage at the current time.
import { describe, expect, it } from 'vitest';
import { blockDataFor } from '../../src/state/blockData';
import { describeBlock, STAGE_PLAIN } from '../../src/ui/describe';
import { days, STAGES } from '../../src/model';

describe('describeBlock', () => {
  it('names the scenario, the site and the stage in plain words', () => {
    const cut = blockDataFor('deep-incision', null);
    expect(describeBlock(cut, 1)).toContain('Deep cut');
    expect(describeBlock(cut, 1)).toContain('Forearm');
    expect(describeBlock(cut, 1)).toContain(STAGE_PLAIN.hemostasis);
    expect(describeBlock(cut, days(180))).toContain(STAGE_PLAIN['scar-normotrophic']);
  });
  it('a course describes the stage since the latest session', () => {
    const course = blockDataFor('microneedling-course-4x', null);
    const second = course.sessionsHours[1];
    expect(describeBlock(course, second + 12)).toContain(STAGE_PLAIN.inflammation);
  });
  it('has a plain sentence for every stage', () => {
    for (const s of STAGES) expect(STAGE_PLAIN[s].length).toBeGreaterThan(10);
  });
});
