import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => {
  const q = analyze(text).quotes.find((x) => x.text.includes(words));
  return q ? `${q.speaker_ar ?? ''} | ${q.speaker_en ?? ''}` : 'no quote';
};

describe('the topic of أما speaks', () => {
  it('gives the words to a titled topic whose name the text does not read, not to the one who spoke before', () => {
    const text = 'قال رئيس الحكومة نجيب ميقاتي إن "الوضع تحت السيطرة". اما وزير الطاقة والمياه وليد بفيض فاعتبر ان "الازمة في السياسات وليست في الاسواق".';
    expect(speakerOf(text, 'الازمة في السياسات')).toMatch(/بفيض/);
  });

  it('gives the words to a title alone as the topic, feminine or with a complement after a preposition', () => {
    const text = 'وقال رئيس الحكومة نجيب ميقاتي إن "الوضع صعب". أما وزيرة الشؤون الاجتماعية والعمل في الحكومة فأكدت أن "الحوار هو الطريق الوحيد".';
    expect(speakerOf(text, 'الحوار هو')).toMatch(/^وزيرة الشؤون الاجتماعية/);
    const former = 'وقالت وزيرة العمل الفرنسية إن "الاصلاح ضروري". أما وزير الخارجية الاسبق فأكد أن "الحوار هو الطريق الوحيد".';
    expect(speakerOf(former, 'الحوار هو')).toMatch(/^وزير الخارجية الاسبق/);
  });

  it('gives the words to the person named at the end of a titled topic, what they are between commas after it', () => {
    const text = 'وقال رئيس المفوضية إن "الاستعدادات اكتملت". أما المرشحة المستقلة عن محافظة نينوى سلمى الجبوري، وهي مهندسة في الأربعينات من عمرها، فقالت إنها تتعرض «لحملات تشويه» على مواقع التواصل.';
    expect(speakerOf(text, 'لحملات تشويه')).toMatch(/^سلمى الجبوري \| /);
    const unread = 'قال رئيس الحكومة نجيب ميقاتي إن "الوضع تحت السيطرة". اما وزير الطاقة والمياه وليد بفيض فاعتبر ان "الازمة في السياسات".';
    expect(speakerOf(unread, 'الازمة في السياسات')).toMatch(/^وليد بفيض/);
  });

  it('still gives a bare title before «فقد» to the official of that title the text named', () => {
    const text = 'وقال الرئيس الفرنسي إيمانويل ماكرون إن "الاتفاق ممكن". أما الرئيس فقد أكد أن "فرنسا لن تتراجع".';
    expect(speakerOf(text, 'لن تتراجع')).toMatch(/ماكرون/);
  });

  it('reads the topic before a relative clause set off by commas, however long', () => {
    const text = 'وأعلن رئيس الوزراء حيدر العبادي أن "النتائج نهائية". أما نائب رئيس الجمهورية إياد علاوي، الذي حلت قائمته خامسة في الانتخابات الأخيرة بعشرين مقعدا، فقد تحدث عن «تزوير واسع» في عدة محافظات.';
    expect(speakerOf(text, 'تزوير واسع')).toMatch(/علاوي/);
  });

  it('gives a saying told with بالقول after the verb of the comment to the topic', () => {
    const text = 'وقال رئيس البرلمان نبيه بري إن "الجلسة ستعقد في موعدها". اما النائب جبران باسيل، الذي تولى وزارة الخارجية في الحكومة السابقة، فرد على المنتقدين بالقول ان "الارقام واضحة امام الجميع".';
    expect(speakerOf(text, 'الارقام واضحة')).toMatch(/باسيل/);
  });
});

describe('a title for the one still speaking', () => {
  it('gives the words of «وتابعت» + a title nobody in the text holds to the woman who was speaking', () => {
    const text = 'وقالت الرئيسة سامية حسن إن "البلاد تحترم القضاء". وتابعت رئيسة الحكومة السابقة أن "الشعب هو الحكم الأخير".';
    expect(speakerOf(text, 'الحكم الأخير')).toMatch(/سامية حسن/);
  });

  it('keeps a current office nobody in the text holds as a speaker of its own', () => {
    const text = 'وقال الرئيس الأمريكي دونالد ترامب إن "المفاوضات جيدة". وأضاف سفير الولايات المتحدة لدى الأمم المتحدة أن "المجلس سيجتمع".';
    expect(speakerOf(text, 'المجلس سيجتمع')).toMatch(/^سفير الولايات المتحدة/);
  });

  it('keeps the title when another official of the text holds it', () => {
    const text = 'وقال وزير الخارجية أحمد عطاف إن "الحوار مستمر". وقال الرئيس عبد المجيد تبون إن "الجزائر مستعدة". وأضاف وزير الخارجية أن "الوفد سيصل غدا".';
    expect(speakerOf(text, 'الوفد سيصل')).toMatch(/عطاف/);
  });
});
