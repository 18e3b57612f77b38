import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

describe('a profession style without the article after a rank', () => {
  it('leaves «مهندس» out of the name: «الفريق مهندس X»', () => {
    expect(names('خبر\n\nوقال الفريق مهندس كامل الوزير وزير النقل إن الموانئ تعمل بكامل طاقتها.')).toContain('كامل الوزير');
    expect(names('خبر\n\nوقال اللواء دكتور أحمد سالم مساعد وزير الداخلية إن الحادث قيد التحقيق.')).toContain('أحمد سالم');
  });
});

describe('a Hadrami family name in «با» written with a bare alef', () => {
  it('closes the name at a full stop', () => {
    const text = 'خبر\n\nوحضر من الجانب الجزائري وزير التجارة أحمد سالم، وسفير الجزائر في تونس عزوز باعلال. وقال الوزير إن الاتفاق مهم.';
    expect(names(text)).toContain('عزوز باعلال');
    expect(names('خبر\n\nوحضر من الجانب اليمني وزير التجارة أحمد سالم، ومحافظ حضرموت مبخوت مبارك باعلي.')).toContain('مبخوت مبارك باعلي');
  });
  it('keeps ب on a noun that opens with the joining alef a preposition', () => {
    for (const w of ['باستمرار', 'باهتمام', 'باعتبار']) {
      expect(names(`خبر\n\nوقال المتحدث إن الشرطة تتابع وزير الداخلية أحمد سالم ${w}.`).join('|')).not.toContain(w);
    }
  });
});

describe('a name that ends in a word an office or a stop word shares, before a comma and the office', () => {
  it('reads «X سلطان، وزير …» as a name and its office', () => {
    expect(names('خبر\n\nوقال محمد سلطان، وزير الخارجية، إن الاتفاق مهم.')).toContain('محمد سلطان');
  });
  it('reads «إمام» with hamza below as the name, not the preposition «أمام»', () => {
    const text = 'خبر\n\nمن جانبه، أكد حازم إمام، عضو مجلس إدارة الاتحاد المصري لكرة القدم، أن الجهاز الفني جاهز.';
    expect(names(text)).toContain('حازم إمام');
  });
  it('leaves a preposition a preposition', () => {
    expect(names('خبر\n\nووقف محمد أمام، وزير الخارجية، في المؤتمر.')).not.toContain('محمد أمام');
  });
});

describe('a body in quotation marks whose name the grammar reads only in part', () => {
  it('makes the head before it an office that vouches for the name before the comma', () => {
    const text = 'خبر\n\nوعدّ أحمد نجيب الشابي، رئيس «جبهة الخلاص الوطني» المعارضة، أن الانتخابات «فاقدة للشرعية».';
    const o = analyze(text).officials.find((x) => x.name_ar === 'أحمد نجيب الشابي');
    expect(o?.role_en).toMatch(/Front/);
  });
  it('needs the quotation to close within a few words', () => {
    const text = 'خبر\n\nوقال أحمد سالم، رئيس «جبهة الخلاص الوطني التي تأسست العام الماضي في تونس العاصمة»، إن الانتخابات فاقدة للشرعية.';
    expect(names(text)).not.toContain('أحمد سالم');
  });
});
