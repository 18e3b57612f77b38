// A title cut short is read as whoever else holds a like title. "وكانت وزيرة الثقافة …، X، قد أعلنت": the person named
// between commas after a long title speaks by name, not the other minister the text named before. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => {
  const q = analyze(text).quotes.find((x) => x.text.includes(words));
  return q ? q.speaker_ar : null;
};
const opening = 'قال وزير المالية كريم الهاشمي إن الميزانية الجديدة "ستقلص العجز".\n\n';

describe('the subject of كان: a title, then a name between commas, then قد', () => {
  it('a long title and a name the officials layer does not know', () => {
    const t = opening + 'وكان وزير الشباب والرياضة والثقافة والفنون والتراث والسياحة، مراد بلقاسمي، قد أكد أمس أن المهرجان "سيقام في موعده".';
    expect(speakerOf(t, 'في موعده')).toBe('مراد بلقاسمي');
  });
  it('the participle after it goes on with the same person', () => {
    const t = opening + 'وكان وزير الشباب والرياضة والثقافة والفنون والتراث والسياحة، مراد بلقاسمي، قد أكد أمس أن المهرجان "سيقام في موعده"، مضيفا أن التذاكر "نفدت".';
    expect(speakerOf(t, 'نفدت')).toBe('مراد بلقاسمي');
  });
  it('a title with nobody named after it still refers to the one who holds it', () => {
    const t = opening + 'وكان وزير المالية قد أكد أمس أن الديون "تحت السيطرة".';
    expect(speakerOf(t, 'تحت السيطرة')).toBe('كريم الهاشمي');
  });
});

describe('a title and a nationality with no name: the one the story is about', () => {
  const visit = 'عقد وزير الخارجية سالم العتيبي مباحثات مع وزير الخارجية البيلاروسي فلاديمير ماكاروف في العاصمة اليوم.\n\n'
    + 'وأكد العتيبي أن البلدين "يتطلعان إلى شراكة أوسع".\n\n'
    + 'وكان الوزير ماكاروف وصل أمس في زيارة رسمية يرافقه وفد يضم وزير الزراعة البيلاروسي أندريه كوزلوف.\n\n';
  it('the visiting minister named more often, not his delegation member named last', () => {
    const t = visit + 'من جانبه أعرب الوزير البيلاروسي عن تقديره للدعم، مؤكدا أن بلاده "ترى في المنطقة شريكا".';
    expect(speakerOf(t, 'شريكا')).toBe('فلاديمير ماكاروف');
  });
  it('the one named last when named as often', () => {
    const t = 'التقى وزير الزراعة البيلاروسي أندريه كوزلوف رئيس الغرفة التجارية اليوم.\n\nمن جانبه أعرب الوزير البيلاروسي عن أمله أن تنمو الصادرات "بسرعة".';
    expect(speakerOf(t, 'بسرعة')).toBe('أندريه كوزلوف');
  });
});

describe('the topic of أما named by the last word of a name written in full before', () => {
  it('a foreign minister named by his family name alone speaks in full, not the one who spoke before', () => {
    const t = 'ووقع وزيرا الخارجية، الألباني إدوارد راماتي والكوسوفي ستيفان زاكاي، الاتفاق أمس.\n\n'
      + 'وقال راماتي للصحفيين: "انتهى خلاف طويل". أما زاكاي فكتب على تويتر أن "الصبر أثمر أخيرا".';
    expect(speakerOf(t, 'الصبر أثمر')).toBe('ستيفان زاكاي');
  });
});

describe('an adjective spelled like the dual of a verb of saying is no verb', () => {
  it('«تفاؤلا حذرا» then the verb that speaks', () => {
    const t = 'في المقابل، يبدي الباحث الاقتصادي كمال الراشدي تفاؤلا حذرا، ويقول للنهار ان «الاتفاق خطوة أولى فقط».';
    expect(speakerOf(t, 'خطوة أولى')).toBe('كمال الراشدي');
  });
  it('the dual verb after a pronoun still speaks', () => {
    const t = 'واجتمع وزيرا الخارجية كمال الراشدي وسمير العلوي أمس، لكنهما حذرا من أن الوضع «هش جدا».';
    expect(speakerOf(t, 'هش جدا')).not.toBeNull();
  });
});
