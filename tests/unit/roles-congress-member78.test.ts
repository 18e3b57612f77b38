import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en ?? null;

describe('a member or the speaker of a Peruvian house, which Peru calls Congress', () => {
  it('makes a Peruvian «النائب» a Member of Congress', () => {
    expect(roleOf('قال النائب البيروفي روبرتو سانشيز إن الحكومة ستسقط.', 'روبرتو سانشيز')).toBe('Peruvian Member of Congress');
  });
  it('makes the speaker of the Peruvian parliament the Speaker of Congress', () => {
    const text = 'وبموجب الدستور يتولى رئيس البرلمان البيروفي إدواردو سالهوانا رئاسة الجمهورية.';
    expect(roleOf(text, 'إدواردو سالهوانا')).toBe('Peruvian Speaker of Congress');
  });
  it('leaves another state\'s «النائب» an MP', () => {
    expect(roleOf('قال النائب الكيني جون مبادي إن الحكومة ستسقط.', 'جون مبادي')).toBe('Kenyan MP');
  });
});

describe('a bare «النائب» in a story of Peruvian officials', () => {
  it('is a Member of Congress', () => {
    const text = 'ليما- قال الرئيس البيروفي خوسيه خيري إن الحكومة ستواصل عملها في بيرو. وكان النائب روبرتو سانشيز قد طالب بعزله.';
    expect(roleOf(text, 'روبرتو سانشيز')).toBe('Member of Congress');
  });
  it('stays an MP where the story is not about the officials\' state', () => {
    const text = 'ليما- استقال رئيس البيرو خوسيه خيري قبل زيارة الرئيس الأميركي دونالد ترامب. وكان النائب روبرتو سانشيز قد طالب بعزله في بيرو.';
    expect(roleOf(text, 'روبرتو سانشيز')).toBe('MP');
  });
});
