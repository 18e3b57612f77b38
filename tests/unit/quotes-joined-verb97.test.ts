import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar ?? null;

describe('«…، وقال إن»: a verb of saying joined by و shares the subject of the clause it is joined to', () => {
  it('«بينما رفض X هذه الاتهامات، وقال إن»: the clause of contrast nearest to it, not the sentence’s opener', () => {
    // heldout36/3719-al-jazeera-net-khartoum-gerd-tripartite-talks, shortened.
    const text = 'سد النهضة\n\nفي المقابل، قال وزير الخارجية المصري سامح شكري إن الاجتماع كان "صريحا وشاملا".\n\n'
      + 'وحمّل شكري، في تصريحات بثها التلفزيون الرسمي المصري، الجانب الإثيوبي مسؤولية التعثر، بينما رفض وزير الخارجية الإثيوبي ورقنه جبيهو هذه الاتهامات، وقال إن بلاده "جاءت بنية حسنة وستواصل التفاوض".';
    expect(speakerOf(text, 'بنية حسنة')).toBe('ورقنه جبيهو');
  });
  it('with no clause of contrast, the one who opened the sentence goes on', () => {
    const text = 'سد النهضة\n\nفي المقابل، قال وزير الخارجية المصري سامح شكري إن الاجتماع كان "صريحا وشاملا".\n\n'
      + 'وحمّل شكري الجانب الإثيوبي مسؤولية التعثر، وقال إن مصر "قدمت مقترحات مكتوبة لم تحظ بالقبول".';
    expect(speakerOf(text, 'مقترحات مكتوبة')).toBe('سامح شكري');
  });
  it('«أما السفيرة X فقد أشادت …، وقالت إن»: the topic of the verb of saying it is joined to, not the one quoted before', () => {
    // heldout35/3601-al-jazeera-net-tegucigalpa-hernandez-extradition, shortened.
    const text = 'هندوراس\n\nوأمام مقر المحكمة، تجمع عشرات المواطنين احتفالا بالقرار، وقالت ماريا إسبينوزا، وهي معلمة من ضواحي العاصمة، "انتظرنا هذا اليوم سنوات طويلة".\n\n'
      + 'أما السفيرة الأميركية لدى تيغوسيغالبا لورا دوغو فقد أشادت في بيان بـ"شجاعة المؤسسات الهندوراسية"، وقالت إن الولايات المتحدة ستواصل دعم جهود هندوراس في مكافحة الفساد.';
    expect(speakerOf(text, 'ستواصل دعم')).toBe('لورا دوغو');
  });
  it('«وعلى صعيد الإيرادات، قدر الخبير X أن …، وقال إن»: a phrase of topic before the verb names nobody', () => {
    // heldout39/4003-al-ahram-cairo-tourism-record-arrivals, shortened.
    const text = 'السياحة\n\nوفي السياق نفسه، أفاد مصدر مسئول بوزارة السياحة والآثار بأن الوزارة تدرس حزمة حوافز جديدة لشركات الطيران.\n\n'
      + 'وعلى صعيد الإيرادات، قدر الخبير الاقتصادي الدكتور وائل النحاس أن إيرادات القطاع تجاوزت 14 مليار دولار خلال العام، وقال لـ«الأهرام» إن "استمرار هذا النمو مرهون بضبط الأسعار".';
    expect(speakerOf(text, 'مرهون بضبط')).toBe('وائل النحاس');
  });
  it('«رفضت X الاعتراف بالنتائج، وقالت»: a family name named in full before, with the verb’s object after it', () => {
    // heldout35/3605-rt-arabic-minsk-election-protests, shortened.
    const opening = 'بيلاروس\n\nوقالت رئيسة لجنة الانتخابات ليديا يرمشينا إن المرشحة المعارضة سفيتلانا تيخانوفسكايا حصلت على 10.09% من الأصوات.\n\n';
    const text = `${opening}في المقابل، رفضت تيخانوفسكايا الاعتراف بالنتائج، وقالت للصحفيين: "أعتبر نفسي الفائزة في هذه الانتخابات".`;
    expect(speakerOf(text, 'الفائزة')).toContain('تيخانوفسكايا');
    // (A family name the text did not name in full before is nobody it knows.)
    const other = `${opening}في المقابل، رفضت كوفاليفا الاعتراف بالنتائج، وقالت للصحفيين: "أعتبر نفسي الفائزة في هذه الانتخابات".`;
    expect(speakerOf(other, 'الفائزة') ?? '').not.toContain('تيخانوفسكايا');
  });
});
