import { describe, expect, it } from 'vitest';
import { sides } from './helpers/delegations';

// Round 48, delegations: talks between two sides «بتيسير من X» (with a facilitator), like «بوساطة»: the facilitator sits
// on his own country's side and heads it before those of his side listed as merely present.

describe('a facilitator of talks between two others', () => {
  // Written for the test (QNA's style).
  it('seats the facilitator at the head of his side', () => {
    const text =
      'استضافت دولة قطر اليوم اجتماعا بين وفد من جمهورية تشاد برئاسة السيد محمد علي صالح وزير الخارجية، ووفد من جمهورية أفريقيا الوسطى برئاسة السيدة سيلفي باي باي كوا وزيرة الخارجية، وذلك بتيسير من سعادة الدكتور محمد بن عبدالعزيز بن صالح الخليفي وزير الدولة بوزارة الخارجية.\n\n' +
      'وحضر الاجتماع من الجانب القطري سعادة السيد سعد بن علي الخرجي المبعوث الخاص لوزير الخارجية.';
    const found = sides(text);
    expect(found['Qatar']).toEqual(['*محمد بن عبدالعزيز بن صالح الخليفي', 'سعد بن علي الخرجي']);
  });
});
