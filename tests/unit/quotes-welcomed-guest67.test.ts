import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_en;

describe('«ورحب سموه بالضيف …، مؤكدا»: the host welcomes and speaks, not the guest after «بـ»', () => {
  const visit = 'استقبل سمو الشيخ حمدان بن راشد آل مكتوم نائب حاكم دبي اليوم معالي كارلوس بيريز وزير الاقتصاد في جمهورية تشيلي والوفد المرافق له.';

  it('gives the words after the participle to the one «سموه» stands for', () => {
    const text = `${visit}\n\nورحب سموه بالوزير التشيلي والوفد المرافق، مؤكدا حرص الدولة على توسيع التعاون الاقتصادي مع دول أمريكا الجنوبية.`;
    expect(speakerOf(text, 'توسيع التعاون الاقتصادي')).toMatch(/Hamdan/);
  });

  it('also with a circumstance of place before the guest («في مقر الوزارة بمعالي الوزير»)', () => {
    const text = `${visit}\n\nورحب سموه في بداية اللقاء الذي عقد في دبي بمعالي وزير الاقتصاد التشيلي، معربا عن تطلع الدولة إلى فتح آفاق جديدة للتجارة بين البلدين.`;
    expect(speakerOf(text, 'فتح آفاق جديدة')).toMatch(/Hamdan/);
  });

  it('leaves the guest who answers his own words («من جانبه، أعرب الوزير عن …»)', () => {
    const text = `${visit}\n\nورحب سموه بالوزير التشيلي، مؤكدا حرص الدولة على توسيع التعاون مع تشيلي.\n\nمن جانبه، قال بيريز إن بلاده تتطلع إلى زيادة صادراتها من النحاس إلى الدولة.`;
    expect(speakerOf(text, 'صادراتها من النحاس')).toMatch(/P[eé]rez/);
  });
});

describe('«قال المتحدث إن الرئيس X أكد …، مضيفا أن»: the participle stays with the one relaying', () => {
  it('gives «مضيفا» to the spokesperson, not the president he reports', () => {
    const text = 'استقبل الرئيس الغاني نانا أكوفو أدو في أكرا رئيس الوزراء الإثيوبي آبي أحمد.\n\n'
      + 'وقال المتحدث باسم الرئاسة الغانية يوجين أرهين إن الرئيس أكوفو أدو أكد حرص بلاده على تعزيز التعاون مع إثيوبيا، مضيفا أن اللقاء تناول ملفات الطاقة والنقل.';
    expect(speakerOf(text, 'ملفات الطاقة والنقل')).toMatch(/Eugene|Arhin|Arheen/);
  });
});
