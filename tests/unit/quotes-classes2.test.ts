import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { findQuotes } from '@/lib/quotes';
import type { Official } from '@/lib/types';

/** A hand-made official (or person, id p…) with a mention at every occurrence of each of its forms. */
function official(id: string, text: string, name_ar: string, name_en: string, role_ar: string | null, forms: string[] = [name_ar]): Official {
  const mentions: [number, number][] = [];
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) {
      if (!mentions.some(([s, e]) => i < e && s < i + form.length)) mentions.push([i, i + form.length]);
    }
  }
  mentions.sort((a, b) => a[0] - b[0]);
  return { id, name_ar, name_en, role_ar, role_en: null, country: null, mentions, evidence: name_ar, known: true };
}

const speakerOf = (text: string, words: string) => {
  const q = analyze(text).quotes.find((x) => x.text.includes(words));
  return q ? `${q.speaker_ar ?? ''} | ${q.speaker_en ?? ''}` : 'no quote';
};

describe('speakers named in apposition', () => {
  it('gives the words to the person named between commas after a title the text used before for someone else', () => {
    const text = 'وقالت النائبة سعاد الموسوي إن الجلسة تأجلت. وصرحت النائبة المستقيلة، هيفاء الأمين، في رسالة وزعها مكتبها، أن "البرلمان فقد ثقة الناس".';
    const o = [official('o1', text, 'سعاد الموسوي', 'Suad al-Musawi', 'النائبة', ['سعاد الموسوي', 'النائبة']), official('p1', text, 'هيفاء الأمين', 'Haifa al-Amin', null)];
    expect(findQuotes(text, o).find((q) => q.text.includes('فقد ثقة'))!.speaker_en).toBe('Haifa al-Amin');
  });

  it('gives the words to the official named at the end of a second title set off by commas', () => {
    const text = 'من جهته، قال رئيس بعثة مراقبي الاتحاد الأوروبي للاستفتاء الدستوري، رئيس الوزراء البرتغالي الأسبق جواو كرافينيو، إن التصويت جرى "بهدوء تام".';
    const o = [official('o1', text, 'جواو كرافينيو', 'João Cravinho', 'رئيس الوزراء البرتغالي الأسبق')];
    expect(findQuotes(text, o).find((x) => x.text.includes('بهدوء'))!.speaker_id).toBe('o1');
  });
});

describe('people named after a long description', () => {
  it('reads a foreign given name no dictionary knows before a known family name', () => {
    const text = 'وتقول الأستاذة في معهد الدراسات الدولية في جنيف سوراجا راو إن الاتفاق "هش للغاية".';
    expect(speakerOf(text, 'هش')).toMatch(/سوراجا راو/);
  });

  it('reads علي written with its dots after a nationality as the given name Ali', () => {
    const text = 'ويرى الخبير الاقتصادي العراقي علي الصخر أن الموازنة "لن تصمد أمام تراجع أسعار النفط".';
    expect(speakerOf(text, 'لن تصمد')).toMatch(/علي الصخر/);
  });
});

describe('the subject goes on across what sets the scene', () => {
  it('skips a phrase of time closed by a comma before the sentence opener, and the circumstances after the verb', () => {
    const text = 'حكمت المحكمة على وزير النقل السابق كمال الدباغ بالسجن. وقال المحامي نزار حداد إن الحكم قاس. وبعد ثلاث جلسات طويلة، دافع الدباغ عن نفسه، وقال أمام هيئة المحكمة: "لم أوقع أي عقد مخالف للقانون".';
    expect(speakerOf(text, 'لم أوقع')).toMatch(/الدباغ/);
  });

  it('gives a participle to the subject of «وكان … قد» that opens its sentence, not to someone named in its object', () => {
    const text = 'وأدين في القضية رجل الأعمال سمير الدباغ، شقيق وزير النقل. وكان المدعي العام لدى المحكمة قد طالب بالسجن عشر سنوات لكل من الوزير والدباغ، معتبرا أن المتهمين "أهدروا المال العام".';
    expect(speakerOf(text, 'أهدروا')).toMatch(/المدعي العام/);
  });
});

describe('bodies that speak through their statements and sources', () => {
  it('gives a statement «بيان لـX» to the body that issued it', () => {
    const text = 'وذكر بيان لوزارة الداخلية أن الطرفين «اتفقا على تعزيز التعاون الأمني».';
    expect(speakerOf(text, 'تعزيز التعاون')).toMatch(/^وزارة الداخلية/);
  });

  it('keeps «المصدر نفسه» and «البلاغ ذاته» with the source that spoke last', () => {
    const text = 'وقالت وزارة الصحة في بلاغ لها إن الإصابات تراجعت. وأضاف المصدر نفسه أن حملة التلقيح "ستتواصل حتى نهاية الشهر".';
    expect(speakerOf(text, 'ستتواصل')).toMatch(/وزارة الصحة/);
  });

  it('gives the words to the one quoted with «عن X قوله» even after a title', () => {
    const text = 'ونقل السفير عن الرئيس سالم باري قوله: "بلدنا شريك موثوق للجميع".';
    const o = [official('o2', text, 'سالم باري', 'Salem Barry', 'الرئيس')];
    expect(findQuotes(text, o).find((q) => q.text.includes('شريك موثوق'))!.speaker_en).toBe('Salem Barry');
  });

  it('gives the words to the one quoted with «عن X تأكيده»', () => {
    const text = 'من جهتها، نقلت الوكالة الرسمية عن الرئيس سامي الفارس تأكيده "متانة الروابط التي تجمع الشعبين".';
    const o = [official('o1', text, 'سامي الفارس', 'Sami al-Fares', 'الرئيس')];
    expect(findQuotes(text, o).find((q) => q.text.includes('متانة'))!.speaker_en).toBe('Sami al-Fares');
  });
});

describe('who a verb with no subject of its own goes on with', () => {
  it('skips a participle of manner and its object after «وقال»', () => {
    const text = 'وقال المحلل سمير نصار إن الوضع خطير. وكان قائد العملية، اللواء كريم الساعدي، قد أعلن بدء الهجوم، وقال مخاطبا المسلحين: "سلموا أنفسكم".';
    const o = [official('o1', text, 'كريم الساعدي', 'Karim al-Saadi', 'قائد العملية')];
    expect(findQuotes(text, o).find((q) => q.text.includes('سلموا'))!.speaker_en).toBe('Karim al-Saadi');
  });

  it('skips circumstances that name an agency in their own relative clause', () => {
    const text = 'وقال الطبيب سمير نصار إن المستشفى ممتلئ. في المقابل، حمّل وزير الصحة في الحكومة، نادر حماد، الطرف الآخر المسؤولية، وقال في تصريحات نقلتها وكالة الأنباء الرسمية إن المساعدات "نهبت".';
    const o = [official('o1', text, 'نادر حماد', 'Nader Hammad', 'وزير الصحة في الحكومة')];
    expect(findQuotes(text, o).find((q) => q.text.includes('نهبت'))!.speaker_en).toBe('Nader Hammad');
  });

  it('gives a participle after «قبل أن VERB X …،» to X', () => {
    const text = 'وقال المتهم: «لم أرتكب أي مخالفة»، قبل أن يطلب منه رئيس المحكمة المستشار عادل حمدي الجلوس، مؤكدا أن الدفاع «سيأخذ وقته كاملا».';
    const o = [official('o1', text, 'عادل حمدي', 'Adel Hamdi', 'رئيس المحكمة المستشار')];
    expect(findQuotes(text, o).find((q) => q.text.includes('سيأخذ'))!.speaker_en).toBe('Adel Hamdi');
  });

  it('reads a role «زعيمه» (his leader) as a man\'s', () => {
    const text = 'وقال الوزير سمير نصار إن الاقتراع مهم. ويغيب التيار عن الاقتراع بعد أن أعلن زعيمه حسن الراضي مقاطعته، معتبرا أنه «لن يغير شيئا».';
    const o = [official('o1', text, 'سمير نصار', 'Samir Nassar', 'الوزير'), official('o2', text, 'حسن الراضي', 'Hassan al-Radi', 'زعيمه')];
    expect(findQuotes(text, o).find((q) => q.text.includes('لن يغير'))!.speaker_en).toBe('Hassan al-Radi');
  });

  it('reads a person after a one-word definite description («التاجر علي الحامدي»)', () => {
    const text = 'وقال الصياد خليل المنصوري إن «البحر لم يعد يطعمنا».';
    expect(findQuotes(text, [])[0]!.speaker_ar).toBe('خليل المنصوري');
  });
});

describe('groups close to someone', () => {
  it('gives the words of «أوساط X» to the circles, not to X', () => {
    const text = 'وقالت أوساط رئيس الحزب الاشتراكي سامي الحلو إن «الحزب لن يشارك في الحكومة».';
    const o = [official('o1', text, 'سامي الحلو', 'Sami al-Helou', 'رئيس الحزب الاشتراكي')];
    const q = findQuotes(text, o).find((x) => x.text.includes('لن يشارك'))!;
    expect(q.speaker_id).toBeNull();
    expect(q.speaker_ar).toMatch(/^أوساط/);
  });
});
