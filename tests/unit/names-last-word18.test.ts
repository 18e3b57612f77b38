import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a last name word that reads as a word of the language', () => {
  it('closes the name right before «إن»/«أن» after a verb-first sentence', () => {
    expect(names('وأكد وزير الخارجية محمد حسن بيره أن العلاقات متينة.')).toContain('محمد حسن بيره');
    expect(names('وأعلن محافظ البنك المركزي خالد حسين زمام أن الاحتياطي ارتفع.')).toContain('خالد حسين زمام');
  });

  it('leaves adverbs, objects and article words outside the name', () => {
    expect(names('وقال الرئيس محمد أحمد أيضا إن الحكومة مستمرة.')).toContain('محمد أحمد');
    expect(names('وأكد الرئيس محمد أحمد مرارا أن الحكومة مستمرة.')).toContain('محمد أحمد');
    expect(names('وذكر الرئيس محمد أحمد بوضوح أن الحكومة مستمرة.')).toContain('محمد أحمد');
    expect(names('وقال وزير الدفاع علي حسن الشامي إن القوات جاهزة.')).toContain('علي حسن الشامي');
    expect(names('ودعا الرئيس إيمانويل ماكرون مجددا إلى الحوار.')).toContain('إيمانويل ماكرون');
  });
});

describe('a family name on با/بو written with ة', () => {
  it('is no preposition on a noun with a pronoun', () => {
    expect(names('وشارك سفير اليمن لدى المملكة سالم عمر باعبيدة، ومدير الإدارة.')).toContain('سالم عمر باعبيدة');
  });
});

describe('a verbal noun of saying before «إن»', () => {
  it('stays outside the relayed speaker\'s name', () => {
    expect(names('ونقلت الوكالة عن وزير الخارجية محمد حسن تأكيده أن العلاقات متينة.')).not.toContain('محمد حسن تأكيده');
    expect(names('ونقلت الصحيفة عن وزير المالية أحمد علي قوله إن الموازنة جاهزة.')).not.toContain('أحمد علي قوله');
  });
});

describe('a last name word that reads only as a first-person verb («أرجو»: I hope)', () => {
  it('closes the name before a comma', () => {
    expect(names('وقال وزير الدفاع محمد عبدي إدلو، في مؤتمر صحفي، إن الهجوم فشل.')).toContain('محمد عبدي إدلو');
    expect(names('وقال وزير الداخلية أحمد عيديد أسلو، إن الشرطة طوقت المكان.')).toContain('أحمد عيديد أسلو');
  });

  it('leaves a past verb outside the name', () => {
    expect(names('وكان رئيس البرلمان محمد أحمد أكد، في بيان، أن الجلسة ستعقد.')).toContain('محمد أحمد');
    expect(names('وكان رئيس البرلمان سالم عبدي أعلن، الأسبوع الماضي، أن الجلسة ستعقد.')).toContain('سالم عبدي');
  });
});

describe('a last name word before «قد» and the subject\'s verb', () => {
  it('closes the name; an adverb there does not', () => {
    expect(names('وكان وزير المالية خالد حسين زمام قد أعلن الخطة.')).toContain('خالد حسين زمام');
    expect(names('وكان الرئيس محمد أحمد شخصيا قد أعلن الخطة.')).toContain('محمد أحمد');
    expect(names('وكان الرئيس محمد أحمد مرارا قد أعلن الخطة.')).toContain('محمد أحمد');
  });
});
