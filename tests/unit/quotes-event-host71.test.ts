import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => {
  const q = analyze(text).quotes.find((x) => x.text.includes(words));
  return q ? q.speaker_ar : undefined;
};

const OPENING = 'استقبل وزير الخارجية الأردني أيمن الصفدي نظيره الياباني في عمان. ';

describe('a verb whose only subject is a pronoun of time pointing back to an event («أكد خلالها»)', () => {
  it('goes on with the one who held the event, not the body named as its place', () => {
    const text = OPENING + 'وكان الصفدي قد عقد مع نظيره جلسة مباحثات في وزارة الخارجية، أكد خلالها أن الأردن حريص على تطوير علاقاته مع اليابان.';
    expect(speakerOf(text, 'حريص على تطوير')).toBe('أيمن الصفدي');
  });

  it('is not the pronoun itself when a press conference follows it', () => {
    const text = OPENING + 'وكان الصفدي قد عقد مع نظيره جلسة مباحثات، أكد بعدها في مؤتمر صحفي مشترك أن البلدين يتشاركان الرؤية ذاتها إزاء حل الصراع.';
    expect(speakerOf(text, 'يتشاركان الرؤية')).toBe('أيمن الصفدي');
  });
});

describe('an adjective of the occasion («مؤتمر صحفي», «كلمة مصورة») names no journalist or photographer', () => {
  it('leaves the clause with no subject of its own, so it goes on with the subject of كان', () => {
    const text = 'أعلنت اللجنة الانتخابية فوز جون ماهاما بالرئاسة على منافسه نائب الرئيس محمود بواميا مرشح الحزب الحاكم. '
      + 'وكان بواميا قد سبق اللجنة إلى الاعتراف بالهزيمة، إذ قال في كلمة مصورة من منزله إن الشعب الغاني قال كلمته واختار التغيير.';
    expect(speakerOf(text, 'الشعب الغاني')).toBe('محمود بواميا');
  });
});

describe('the parties named after «فيه» in a joint statement («صدر بيان مشترك أكد فيه الجانبان»)', () => {
  it('speak through the joint statement', () => {
    const text = 'زار وزير الخارجية التركي مولود جاووش أوغلو داكار والتقى نظيرته السنغالية عيساتا تال سال. '
      + 'وفي ختام الزيارة، صدر بيان مشترك أكد فيه الجانبان عزمهما عقد الاجتماع الأول للجنة التخطيط المشتركة في أنقرة خلال العام.';
    expect(speakerOf(text, 'عزمهما عقد')).toBe('بيان مشترك');
  });
});
