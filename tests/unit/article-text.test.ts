import { describe, expect, it } from 'vitest';
import { isBoilerplateText, isDateLine, keepArticleUnits } from '@/lib/article/boilerplate';
import { articleFromPlainText } from '@/lib/article/text';

const P1 = 'استقبل وزير الخارجية في مكتبه بالعاصمة اليوم السفير الياباني لدى المملكة، وبحث معه العلاقات الثنائية بين البلدين وسبل تعزيزها.';
const P2 = 'وأكد الوزير خلال اللقاء حرص بلاده على تطوير التعاون في المجالات الاقتصادية والثقافية، مشيرا إلى أهمية الزيارات المتبادلة.';
const P3 = 'من جانبه، أعرب السفير عن تقديره للجهود المبذولة لتعزيز العلاقات، مؤكدا رغبة بلاده في توسيع الشراكة.';

describe('articleFromPlainText', () => {
  it('takes a headline-like first line as the title and keeps it in the text', () => {
    const a = articleFromPlainText(`وزير الخارجية يستقبل السفير الياباني\n\n${P1}\n${P2}`);
    expect(a.title).toBe('وزير الخارجية يستقبل السفير الياباني');
    expect(a.text).toBe(`وزير الخارجية يستقبل السفير الياباني\n\n${P1}\n\n${P2}`);
  });

  it('has no title when the first line is a sentence', () => {
    expect(articleFromPlainText(`${P1}\n${P2}`).title).toBeNull();
  });

  it('leaves out the subscription call, "الأكثر قراءة" and the headlines under it', () => {
    // Al-Diyar, June 2024 (dev corpus diyar-putin-kim): the boilerplate lines around the article.
    const raw = `اشترك مجانا بقناة الديار على يوتيوب\n\n${P1}\n\n${P2}\n\nالأكثر قراءة\n\nصرخة معلولا: أيّها الأسد أنقذنا\n`;
    const a = articleFromPlainText(raw);
    expect(a.text).toBe(`${P1}\n\n${P2}`);
    expect(a.title).toBeNull();
  });

  it('leaves out share prompts, follow-us lines and copyright, and "Next Previous" with the dateline it is glued to', () => {
    const raw = `عنوان الخبر التجريبي هنا\nNext Previous عين اليوم – واس\n${P1}\nشارك هذا الخبر على فيسبوك\n${P2}\nتابعونا على تويتر وفيسبوك\nجميع الحقوق محفوظة © 2024`;
    const a = articleFromPlainText(raw);
    expect(a.text.split('\n\n')).toEqual(['عنوان الخبر التجريبي هنا', P1, P2]);
  });

  it('leaves out a wire\'s sign-off under the text: its end mark, the editors\' initials or names, the time', () => {
    // Shapes of WAM, KUNA and Petra copy (our own lines).
    for (const tail of [['- خلا -', 'وام/سامي العلي/منى الحسن'], ['(النهاية) ع ب ر / م ع ح'], ['--(بترا) ن ح/ ع ك 15/5/2019 14:37'], ['-انتهى-']]) {
      expect(articleFromPlainText(`عنوان الخبر\n${P1}\n${P2}\n${tail.join('\n')}`).text.split('\n\n')).toEqual(['عنوان الخبر', P1, P2]);
    }
  });

  it('leaves out a photo caption under a caption label in a line of its own (BBC Arabic\'s «التعليق على الصورة،»)', () => {
    const caption = 'الوزير (وسط) يتوسط الوفدين في قاعة الاجتماعات بالعاصمة';
    const a = articleFromPlainText(`عنوان الخبر\nمصدر الصورة، AFP\nالتعليق على الصورة،\n${caption}\n${P1}\n${P2}`);
    expect(a.text.split('\n\n')).toEqual(['عنوان الخبر', P1, P2]);
  });

  it('drops related-story links between paragraphs but keeps plain subheadings', () => {
    // BBC Arabic, June 2018 (dev corpus 059-bbc-arabic): a related link and a profile link between paragraphs.
    const raw = `عنوان المقال\n${P1}\nتركيا تنتقد "رسائل الولايات المتحدة المتضاربة" بشأن سوريا\nنبذة عن قوات سوريا الديمقراطية\nتضارب بشأن تفاصيل الاتفاق\n${P2}`;
    expect(articleFromPlainText(raw).text.split('\n\n')).toEqual(['عنوان المقال', P1, 'تضارب بشأن تفاصيل الاتفاق', P2]);
  });

  it('keeps a subheading that quotes a speaker after a colon', () => {
    // Al Riyadh, August 2015 (dev corpus 031-al-riyadh)
    const sub = 'العطية: الاجتماع الخليجي - الأميركي بناء وإستراتيجي وتناول مجمل الأمور المهمة للجانبين';
    expect(articleFromPlainText(`عنوان\n${P1}\n${sub}\n${P2}`).text).toContain(sub);
  });

  it('drops the ledes of other stories appended after the article', () => {
    const ledes = [
      'قال وزير المالية، سامي الخطيب، الخميس، إن الحكومة ستعلن موازنة العام المقبل خلال أيام بعد مناقشتها في مجلس الوزراء.',
      'أعلنت وزارة الصحة، الأربعاء، تسجيل انخفاض في عدد الإصابات بالإنفلونزا الموسمية مقارنة بالأسبوع الماضي في معظم المحافظات.',
    ];
    const a = articleFromPlainText(`عنوان المقال\n${P1}\n${P2}\n${P3}\n${ledes.join('\n')}`);
    expect(a.text.split('\n\n')).toEqual(['عنوان المقال', P1, P2, P3]);
  });

  it('keeps a last paragraph that continues the article', () => {
    const last = 'وقال الوزير، الخميس، إن المباحثات ستستأنف الشهر المقبل في العاصمة بمشاركة الخبراء من الجانبين لاستكمال النقاش.';
    expect(articleFromPlainText(`عنوان المقال\n${P1}\n${P2}\n${last}`).text).toContain(last);
  });
});

describe('boilerplate judgements', () => {
  it('knows prompts and notices in any spelling of hamza and alef', () => {
    expect(isBoilerplateText('إقرأ أيضاً: الحكومة تعلن خطة جديدة')).toBe(true);
    expect(isBoilerplateText('الآراء الواردة أدناه لا تعبر عن رأي الموقع بل تعبر عن آراء أصحابها')).toBe(true);
    expect(isBoilerplateText('حوار: آسيا العتروس')).toBe(true);
    expect(isBoilerplateText('المصدر : الجزيرة + وكالات')).toBe(true);
    expect(isBoilerplateText('كتب محمد علي')).toBe(true);
    expect(isBoilerplateText('تقرير أممي يحذر من المجاعة')).toBe(false);
    expect(isBoilerplateText(P1)).toBe(false);
    expect(isBoilerplateText('وقال الوزير إن بلاده تتابع باهتمام ما يجري')).toBe(false);
  });
  it('judges a prompt by its start only up to 30 words and a notice anywhere only up to 70 words', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? 'المفاوضات' : 'جولة')).join(' ');
    expect(isBoilerplateText(`اشترك الآن في نشرتنا ${words(26)}`)).toBe(true);
    expect(isBoilerplateText(`اشترك الآن في نشرتنا ${words(27)}`)).toBe(false);
    expect(isBoilerplateText(`${words(30)} لا تُعبّر عن رأي ${words(36)}`)).toBe(true);
    expect(isBoilerplateText(`${words(30)} لا تُعبّر عن رأي ${words(37)}`)).toBe(false);
    // A phrase only as part of longer words is no notice.
    expect(isBoilerplateText(`${words(4)} ولا تعبر عن رأيهم ${words(4)}`)).toBe(false);
  });
  it('knows date lines of several calendars', () => {
    expect(isDateLine('20 يونيو/ حزيران 2024')).toBe(true);
    expect(isDateLine('الأحد - 3 جمادى الآخرة 1445 هـ - 17 ديسمبر 2023 مـ')).toBe(true);
    expect(isDateLine('نشر في: 08 مايو ,2024: 02:15 م GST')).toBe(true);
    expect(isDateLine('وصل 20 وفدا إلى العاصمة في مايو 2024')).toBe(false);
  });
  it('knows a publication or update stamp in any of its wordings', () => {
    expect(isDateLine('نشرت في: 14/03/2019 - 08:40')).toBe(true);
    expect(isDateLine('تم التحديث: 2019/03/14')).toBe(true);
    expect(isDateLine('محدث بتاريخ 14-03-2019 الساعة 10:05')).toBe(true);
    expect(isDateLine('نشرت الوزارة 14 تقريرا في 2019')).toBe(false);
  });
  it('drops a section heading and the short headlines under it, up to the next paragraph', () => {
    expect(keepArticleUnits([P1, 'مواضيع ذات صلة', 'عنوان أول قصير', 'عنوان ثان قصير', P2])).toEqual([true, false, false, false, true]);
  });
});
