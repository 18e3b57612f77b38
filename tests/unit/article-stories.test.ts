// Lines of other stories inside an article (lib/article/stories.ts), on sentences written for these tests.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticle } from '@/lib/article/find';
import { keepArticleUnits, keepArticleUnitsSteps } from '@/lib/article/boilerplate';
import { hasDateline, opensAsContinuation, otherStoryUnits, topicWords } from '@/lib/article/stories';
import { articleFromPlainText } from '@/lib/article/text';

const TITLE = 'وزير الزراعة يفتتح سوق التمور السنوي في واحة الأحساء';
const P1 = 'افتتح وزير الزراعة سالم العتيبي صباح اليوم سوق التمور السنوي في واحة الأحساء، بمشاركة أكثر من مئتي مزارع من مختلف المحافظات.';
const P2 = 'وقال العتيبي في كلمته إن السوق يهدف إلى دعم المزارعين وفتح أسواق جديدة لتمور الواحة في الداخل والخارج.';
const P3 = 'وأضاف أن الوزارة ستقدم قروضا ميسرة لأصحاب مزارع النخيل الصغيرة خلال موسم الحصاد المقبل.';
/** Ledes of stories about other things, as news sites list them after the article. */
const LEDES = [
  'رفضت المحكمة الدستورية في العاصمة طعنا قدمته أحزاب المعارضة على نتائج الانتخابات البلدية الأخيرة.',
  'كشفت هيئة الأرصاد الجوية عن موجة حر شديدة تضرب المناطق الساحلية ابتداء من نهاية الأسبوع.',
  'استقبل رئيس البرلمان النرويجي وفدا من رجال الأعمال لبحث مشاريع الطاقة المتجددة في بحر الشمال.',
];

const textOf = (lines: string[]) => articleFromPlainText(lines.join('\n')).text.split('\n\n');

describe('ledes of other stories after the article', () => {
  it('drops a run of self-contained ledes about other subjects, with no weekday and no dateline', () => {
    expect(textOf([TITLE, P1, P2, P3, ...LEDES])).toEqual([TITLE, P1, P2, P3]);
  });

  it('drops ledes that carry their own weekday or dateline even when they share the subject\'s words', () => {
    const ledes = [
      'أعلن وزير الزراعة في الأردن، الثلاثاء، عن خطة لدعم مزارعي التمور في وادي الأردن خلال العام المقبل.',
      'عمّان، الأردن (وكالات)-- افتتح وزير الزراعة الأردني معرضا للتمور في العاصمة بمشاركة عشرات المزارعين.',
    ];
    expect(textOf([TITLE, P1, P2, P3, ...ledes])).toEqual([TITLE, P1, P2, P3]);
  });

  it('drops a run of three ledes on a neighbouring topic, but not two (a longer run is evidence in itself)', () => {
    const near = [
      'أعلن وزير الزراعة المصري خطة لزيادة صادرات التمور والحمضيات إلى الأسواق الأوروبية خلال الموسم المقبل.',
      'افتتحت جامعة القاهرة مختبرا جديدا لأبحاث مزارع التمور بتمويل من منظمة الأغذية الدولية.',
      'تراجعت أسعار القمح في البورصات العالمية بعد توقعات بمحصول وفير في روسيا وأوكرانيا هذا العام.',
    ];
    expect(textOf([TITLE, P1, P2, P3, ...near])).toEqual([TITLE, P1, P2, P3]);
    expect(textOf([TITLE, P1, P2, P3, ...near.slice(0, 2)])).toEqual([TITLE, P1, P2, P3, ...near.slice(0, 2)]);
  });

  it('keeps closing paragraphs that open without a conjunction but stay on the article\'s subject', () => {
    const closing = [
      'يشارك في سوق التمور هذا العام مزارعون من واحة الأحساء والقصيم والمدينة المنورة بأصناف نادرة.',
      'تستمر فعاليات السوق في واحة الأحساء عشرة أيام، ويفتح أبوابه للزوار من الصباح حتى منتصف الليل.',
    ];
    expect(textOf([TITLE, P1, P2, ...closing])).toEqual([TITLE, P1, P2, ...closing]);
  });

  it('drops a single last lede only when it has its own weekday or dateline and nothing of the subject', () => {
    const alone = 'أعلنت هيئة الأرصاد الجوية، الخميس، عن موجة حر شديدة تضرب المناطق الساحلية ابتداء من نهاية الأسبوع.';
    expect(textOf([TITLE, P1, P2, P3, alone])).toEqual([TITLE, P1, P2, P3]);
    const onSubject = 'أعلن مزارعو واحة الأحساء، الخميس، عن ارتياحهم لافتتاح سوق التمور السنوي هذا العام.';
    expect(textOf([TITLE, P1, P2, P3, onSubject])).toEqual([TITLE, P1, P2, P3, onSubject]);
  });

  it('keeps a single foreign-looking last paragraph without a weekday or dateline: a run needs two ledes', () => {
    expect(textOf([TITLE, P1, P2, P3, LEDES[0]!])).toEqual([TITLE, P1, P2, P3, LEDES[0]]);
  });

  it('keeps the questions and answers of an interview, which open with a star or a dash', () => {
    const qa = [
      '*وماذا عن أسعار التمور في الأسواق الخارجية هذا العام بعد ارتفاع تكاليف الشحن البحري؟',
      '-نعم ارتفعت الأسعار قليلا بسبب تكاليف الشحن لكن الطلب على تمور الواحة ما زال قويا في أوروبا وآسيا.',
    ];
    expect(textOf([TITLE, P1, P2, ...qa])).toEqual([TITLE, P1, P2, ...qa]);
  });

  it('keeps an interview\'s short questions, whatever marks them', () => {
    const qa = ['*هل تتوقعون ارتفاع أسعار التمور هذا الموسم؟', '-نعم، بسبب تكاليف الشحن وارتفاع الطلب في أوروبا وآسيا على تمور الواحة.', 'س: متى يفتح باب التسجيل للمزارعين الجدد؟', 'ج: الأسبوع القادم عبر موقع الوزارة وفي مكاتبها بالمحافظات كلها.'];
    expect(textOf([TITLE, P1, P2, ...qa, P3])).toEqual([TITLE, P1, P2, ...qa, P3]);
  });

  it('leaves an article that is only ledes-shaped paragraphs whole (nothing before the run)', () => {
    expect(textOf([TITLE, P1, ...LEDES])).toEqual([TITLE, P1, ...LEDES]);
  });
});

describe('related-story headlines between paragraphs', () => {
  it('drops a headline of another story between two paragraphs', () => {
    const related = 'متظاهرون في العاصمة يطالبون بإصلاح قانون الانتخابات البلدية قبل موعدها';
    expect(textOf([TITLE, P1, related, P2, P3])).toEqual([TITLE, P1, P2, P3]);
  });

  it('drops a long related headline on the article\'s own topic that the next paragraphs only partly take up', () => {
    const related = 'مزارعو النخيل في الواحة يشكون من تراجع أسعار التمور وارتفاع تكاليف الري هذا العام';
    expect(textOf([TITLE, P1, related, P2, P3])).toEqual([TITLE, P1, P2, P3]);
  });

  it('keeps a subheading whose words the paragraphs after it take up', () => {
    const sub = 'قروض ميسرة لأصحاب مزارع النخيل الصغيرة في موسم الحصاد';
    expect(textOf([TITLE, P1, P2, sub, P3, LEDES[0]!.replace(/^رفضت/, 'ورفضت')])).toContain(sub);
  });

  it('drops a marked link (a question, a profile, words in quotation marks) but keeps a short subheading', () => {
    const lines = [TITLE, P1, 'من هم مزارعو النخيل في الجزيرة العربية؟', 'نبذة عن واحة الأحساء', 'دعم المزارعين', P2, P3];
    expect(textOf(lines)).toEqual([TITLE, P1, 'دعم المزارعين', P2, P3]);
  });

  it('drops two plain related headlines in a row, and keeps the subheading after them', () => {
    const lines = [
      TITLE, P1,
      'متظاهرون في العاصمة يطالبون بإصلاح قانون الانتخابات البلدية قبل موعدها',
      'الحكومة تعلن خطة لخفض أسعار الوقود في فصل الشتاء المقبل',
      'قروض ميسرة لمزارع النخيل',
      P2, P3,
    ];
    expect(textOf(lines)).toEqual([TITLE, P1, 'قروض ميسرة لمزارع النخيل', P2, P3]);
  });

  it('drops related headlines after the last paragraph, but not a signature there', () => {
    const related = ['متظاهرون في العاصمة يطالبون بإصلاح قانون الانتخابات البلدية قبل موعدها', 'الحكومة تعلن خطة لخفض أسعار الوقود في فصل الشتاء المقبل'];
    expect(textOf([TITLE, P1, P2, P3, ...related])).toEqual([TITLE, P1, P2, P3]);
    const signature = ['سالم بن عبد الله العتيبي آل فلان', 'وزير الزراعة والمياه'];
    expect(textOf([TITLE, P1, P2, P3, ...signature])).toEqual([TITLE, P1, P2, P3, ...signature]);
  });

  it('drops a caption that credits its photo, and the wire dateline naming the same agency', () => {
    const caption = 'العتيبي يتجول في سوق التمور (رويترز)';
    expect(textOf([TITLE, 'الأحساء - رويترز', P1, caption, P2, P3])).toEqual([TITLE, P1, P2, P3]);
  });

  it('keeps an address block and a signature of short lines', () => {
    const lines = [TITLE, P1, 'صاحب المعالي وزير الزراعة في المملكة الأردنية الهاشمية', 'عمان المحترم', P2, 'سالم بن عبد الله العتيبي آل فلان المحترم', 'وزير الزراعة والمياه'];
    expect(textOf(lines)).toEqual(lines);
  });

  it('keeps a subheading that sums up a statement with a past reporting verb', () => {
    const sub = 'أكد أهمية فتح أسواق جديدة في أوروبا وآسيا أمام منتجي الواحة';
    expect(textOf([TITLE, P1, sub, 'وتابع الوزير حديثه عن خطط الوزارة للأعوام الخمسة القادمة في مجال الري الحديث.', P3])).toContain(sub);
  });
});

describe('blocks under a related-stories heading, and app prompts', () => {
  it('drops the ledes listed under "قد يهمك" at the end, not only headline-like lines', () => {
    expect(textOf([TITLE, P1, P2, 'قد يهمك أيضا', ...LEDES])).toEqual([TITLE, P1, P2]);
  });

  it('drops the ledes listed under "قد يهمك" in the middle, up to where the article resumes', () => {
    expect(textOf([TITLE, P1, 'قد يهمك', LEDES[0]!, LEDES[1]!, P2, P3])).toEqual([TITLE, P1, P2, P3]);
  });

  it('keeps a paragraph on the article\'s subject right after a heading\'s links, even without a conjunction', () => {
    const onTopic = 'يشارك في سوق التمور هذا العام مزارعون من واحة الأحساء والقصيم والمدينة المنورة بأصناف نادرة.';
    const lines = [TITLE, P1, 'اقرأ أيضا', 'الحكومة تعلن خطة لخفض أسعار الوقود في فصل الشتاء', onTopic, P2];
    expect(textOf(lines)).toEqual([TITLE, P1, onTopic, P2]);
  });

  it('keeps the article going on after a heading when its paragraphs continue it', () => {
    const lines = [TITLE, P1, 'اقرأ أيضا', 'الحكومة تعلن خطة لخفض أسعار الوقود في فصل الشتاء', P2, P3];
    expect(textOf(lines)).toEqual([TITLE, P1, P2, P3]);
  });

  it('drops prompts to install a news app or receive its notifications', () => {
    const prompt = 'يمكنكم الآن استلام إشعارات بأهم الأخبار بعد تحميل أحدث نسخة من تطبيق الموقع على أجهزتكم.';
    expect(textOf([TITLE, P1, prompt, P2, 'فعّل التنبيهات ليصلك كل جديد عن أسواق التمور'])).toEqual([TITLE, P1, P2]);
  });
});

describe('shape helpers', () => {
  it('tells a conjunction from a word that begins with و or ف', () => {
    expect(opensAsContinuation('وقال الوزير إن السوق مفتوح.')).toBe(true);
    expect(opensAsContinuation('من جهته، قال الوزير إن السوق مفتوح.')).toBe(true);
    expect(opensAsContinuation('وزير الخارجية الفرنسي يصل إلى الرياض.')).toBe(false);
    expect(opensAsContinuation('فلسطين تطالب بعقد جلسة طارئة.')).toBe(false);
    expect(opensAsContinuation('أعلنت الحكومة خطة جديدة.')).toBe(false);
  });

  it('knows datelines of a story\'s own', () => {
    expect(hasDateline('القاهرة، مصر (CNN)-- أعلنت الحكومة خطة جديدة.')).toBe(true);
    expect(hasDateline('الرياض (واس) - استقبل الوزير السفير.')).toBe(true);
    expect(hasDateline('أعلنت الحكومة (في بيان) خطة جديدة للري.')).toBe(false);
  });

  it('never judges dropped units nor the title', () => {
    const units = [TITLE, P1, P2, P3, ...LEDES].map((text, i) => ({ text, dropped: i === 4 }));
    const out = otherStoryUnits(units, { firstIsTitle: true });
    expect(out[0]).toBe(false);
    expect(out.slice(5)).toEqual([true, true]);
  });
});

describe('the same rules on a page', () => {
  it('drops related ledes kept as plain paragraphs after the body', () => {
    const paras = [P1, P2, P3, ...LEDES].map((p) => `<p>${p}</p>`).join('');
    const html = `<html lang="ar"><head><title>${TITLE}</title></head><body><main><h1>${TITLE}</h1><div class="body">${paras}</div></main></body></html>`;
    const { document } = parseHTML(html);
    const a = findArticle(document as unknown as Document);
    expect(a?.text.split('\n\n')).toEqual([TITLE, P1, P2, P3]);
  });
});

describe('related headlines told by their shape alone', () => {
  it('drops a long headline right before a short subheading (two headings in a row), keeping the subheading', () => {
    // On the article's own topic, so the words alone would keep it: the next paragraph takes them up.
    const related = 'مزارعو الأحساء يبدأون موسم حصاد التمور في الواحة مبكرا هذا العام';
    const lines = [TITLE, P1, P2, related, 'قروض ميسرة', 'وتشير التقديرات إلى أن موسم حصاد التمور في الواحة سيبدأ مبكرا هذا العام بسبب الحر.', P3];
    const kept = textOf(lines);
    expect(kept).not.toContain(related);
    expect(kept).toContain('قروض ميسرة');
  });

  it('drops a "Speaker: words" headline whose words are in quotation marks, keeps one without', () => {
    const marked = 'وزارة الزراعة: أسعار التمور هذا العام "الأعلى منذ عقد"';
    expect(textOf([TITLE, P1, marked, P2, P3])).toEqual([TITLE, P1, P2, P3]);
    const plain = 'العتيبي: السوق يدعم المزارعين في الداخل والخارج';
    expect(textOf([TITLE, P1, plain, P2, P3])).toContain(plain);
  });
});

describe('the writer\'s name under the title and the credit line under the text', () => {
  it('drops a byline of two or three words, or «City: Name», between the title and the first paragraph', () => {
    expect(textOf([TITLE, 'سامر الخطيب', P1, P2, P3])).toEqual([TITLE, P1, P2, P3]);
    expect(textOf([TITLE, 'الأحساء: سامر الخطيب', P1, P2, P3])).toEqual([TITLE, P1, P2, P3]);
  });

  it('keeps a one-word dateline («الأحساء»), nor a wire dateline («الأحساء - واس», «الخرطوم / الأناضول»)', () => {
    expect(textOf([TITLE, 'الأحساء - واس', P1, P2, P3])).toEqual([TITLE, P1, P2, P3]);
    expect(textOf([TITLE, 'الخرطوم / الأناضول', P1, P2, P3])).toEqual([TITLE, P1, P2, P3]);
    expect(textOf([TITLE, 'السومرية نيوز/ بغداد', P1, P2, P3])).toEqual([TITLE, P1, P2, P3]);
    expect(textOf([TITLE, 'الأحساء', P1, P2, P3])).toEqual([TITLE, 'الأحساء', P1, P2, P3]);
  });

  it('drops «Place - Site», the news site signing its own story, and «Place - Agency»', () => {
    expect(textOf([TITLE, 'الأحساء - العربية.نت', P1, P2, P3])).toEqual([TITLE, P1, P2, P3]);
    expect(textOf([TITLE, 'الأحساء - سكاي نيوز عربية', P1, P2, P3])).toEqual([TITLE, P1, P2, P3]);
    expect(textOf([TITLE, 'الأحساء - واس', P1, P2, P3])).toEqual([TITLE, P1, P2, P3]);
  });

  it('drops the site signing its own story in its other shapes: «Site - Place», «Place: «Site»», «Site من Place», with agencies', () => {
    for (const line of ['سكاي نيوز عربية - الأحساء', 'الأحساء: «الشرق الأوسط»', 'هسبريس من الأحساء', 'الأحساء - العربية.نت، وكالات']) {
      expect(textOf([TITLE, line, P1, P2, P3])).toEqual([TITLE, P1, P2, P3]);
    }
    const subtitle = 'الوزير يعد المزارعين بقروض ميسرة ويدعو إلى تصدير التمور';
    expect(textOf([TITLE, subtitle, 'الأحساء - واس', P1, P2, P3])).toEqual([TITLE, subtitle, P1, P2, P3]);
  });

  it('finds the byline anywhere between the title and the first paragraph (after a subtitle and a date line)', () => {
    const subtitle = 'الوزير يعد المزارعين بقروض ميسرة ويدعو إلى تصدير التمور';
    const date = 'الخميس - 3 شهر ربيع الأول 1442 هـ - 19 نوفمبر 2020 مـ رقم العدد [15333]';
    expect(textOf([TITLE, subtitle, date, 'الأحساء: «الشرق الأوسط»', P1, P2, P3])).toEqual([TITLE, subtitle, P1, P2, P3]);
  });

  it('drops «Writer-Place» and «Writer - Agency» under the title', () => {
    expect(textOf([TITLE, 'سامر عبد الله الخطيب-الأحساء', P1, P2, P3])).toEqual([TITLE, P1, P2, P3]);
    expect(textOf([TITLE, 'سامر الخطيب - واس', P1, P2, P3])).toEqual([TITLE, P1, P2, P3]);
  });

  it('drops «Place - Writer» under the title (a first name, then one or two words)', () => {
    expect(textOf([TITLE, 'الأحساء - سامر الخطيب', P1, P2, P3])).toEqual([TITLE, P1, P2, P3]);
    // Not a first name: «جامعة» (an agency's full name, «الأحساء - وكالة الأنباء السعودية», is a wire's dateline and goes).
    expect(textOf([TITLE, 'الأحساء - جامعة الملك فيصل', P1, P2, P3])).toContain('الأحساء - جامعة الملك فيصل');
  });

  it('drops the editors\' initials and a «نشر بواسطة:» byline at the end', () => {
    for (const line of ['ع.ع', 'م.ع/ع.ح', 'نشر بواسطة: سامر الخطيب']) expect(textOf([TITLE, P1, P2, P3, line])).toEqual([TITLE, P1, P2, P3]);
  });

  it('drops a lone credit at the end («رويترز», «(وكالات)», «سكاي نيوز عربية - وام»)', () => {
    for (const credit of ['رويترز', '(وكالات)', 'سكاي نيوز عربية - وام', 'أ ف ب']) expect(textOf([TITLE, P1, P2, P3, credit])).toEqual([TITLE, P1, P2, P3]);
    const agencies = 'وحذرت وكالات الإغاثة من نقص في الغذاء.';
    expect(textOf([TITLE, P1, P2, P3, agencies])).toContain(agencies);
  });

  it('drops «Outlet/ Agency» at the end, not a sentence that names an agency', () => {
    expect(textOf([TITLE, P1, P2, P3, 'الواحة نيوز/ رويترز'])).toEqual([TITLE, P1, P2, P3]);
    const last = 'ونقلت رويترز عن المزارعين ارتياحهم لقرار الوزارة.';
    expect(textOf([TITLE, P1, P2, P3, last])).toContain(last);
  });
});

describe('words that open with و or ف as a letter of the word', () => {
  it('a first name («فيصل», «وليد») or a noun («فيديو») opens no continuation; «فقال», «وأكد» do', () => {
    expect(opensAsContinuation('فيصل بن خالد يفتتح معرض الكتاب')).toBe(false);
    expect(opensAsContinuation('وليد الحسيني يزور المعرض')).toBe(false);
    expect(opensAsContinuation('فيديو | لحظة وصول الوزير')).toBe(false);
    expect(opensAsContinuation('فقال الوزير إن المعرض ناجح')).toBe(true);
    expect(opensAsContinuation('وأكد الوزير أن المعرض ناجح')).toBe(true);
  });
});

describe('a list of related headlines after the article\'s end', () => {
  it('drops the whole list, a "Speaker: words" line and a line naming someone by a name chain included', () => {
    const related = 'انخفاض صادرات الحبوب إلى الأسواق الآسيوية خلال الربع الأول';
    const colon = 'الأرصاد: موجة حر تضرب المناطق الساحلية نهاية الأسبوع الجاري';
    const chain = 'فيصل بن خالد يفتتح معرض الكتاب الدولي في مدينة أبها';
    expect(textOf([TITLE, P1, P2, P3, related, colon])).toEqual([TITLE, P1, P2, P3]);
    expect(textOf([TITLE, P1, P2, P3, chain, related])).toEqual([TITLE, P1, P2, P3]);
  });

  it('drops a "Topic: words" headline that ends the text alone: nothing follows it that it could announce', () => {
    const colon = 'الأحساء: الواحة التي يهجرها شبابها كل عام';
    expect(textOf([TITLE, P1, P2, P3, colon])).toEqual([TITLE, P1, P2, P3]);
  });

  it('drops the tags under the text (lines of one to a few words after the last paragraph), not a label', () => {
    expect(textOf([TITLE, P1, P2, P3, 'أخبار الزراعة', 'سوق التمور السنوي'])).toEqual([TITLE, P1, P2, P3]);
    expect(textOf([TITLE, P1, P2, P3, 'الأحساء'])).toEqual([TITLE, P1, P2, P3]);
  });

  it('drops a one-word tag or end mark under the text whatever its punctuation («#الزراعة», «(انتهى)»)', () => {
    for (const tag of ['#الزراعة', '(انتهى)', '/انتهى/']) expect(textOf([TITLE, P1, P2, P3, tag])).toEqual([TITLE, P1, P2, P3]);
  });

  it('drops the site\'s name alone under the title («بي بي سي نيوز عربي», «(فرانس 24)») and a live-coverage prompt', () => {
    for (const site of ['بي بي سي نيوز عربي', '(فرانس 24)']) expect(textOf([TITLE, site, P1, P2, P3])).toEqual([TITLE, P1, P2, P3]);
    expect(textOf([TITLE, P1, 'تابعوا التغطية المباشرة', P2, P3])).toEqual([TITLE, P1, P2, P3]);
  });

  it('keeps a name chain that ends the text alone (a signature)', () => {
    const signature = 'صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز آل سعود';
    expect(textOf([TITLE, P1, P2, P3, signature])).toContain(signature);
  });
});

describe('a "Topic: words" line among related headlines', () => {
  it('goes with the run of other stories it stands in, but stays as a subheading when alone', () => {
    const related = 'قائد عسكري أمريكي يشير لاحتمال مسؤولية واشنطن عن قتل مدنيين في الرقة';
    const colon = 'معركة الرقة: رئيس الحكومة يعلن النصر على التنظيم رسميا';
    const inRun = textOf([TITLE, P1, P2, related, colon, P3]);
    expect(inRun).not.toContain(colon);
    expect(inRun).not.toContain(related);
    const alone = textOf([TITLE, P1, 'العتيبي: السوق يدعم المزارعين في الداخل والخارج', P2, P3]);
    expect(alone).toContain('العتيبي: السوق يدعم المزارعين في الداخل والخارج');
  });
});

describe('judging a long page in steps', () => {
  it('yields inside a list of hundreds of units and decides as in one go', () => {
    const related = 'متظاهرون في العاصمة يطالبون بإصلاح قانون الانتخابات البلدية قبل موعدها';
    const body = Array.from({ length: 120 }, (_, i) => (i === 60 ? [related, P2] : [P1, P2, P3])).flat();
    const units = [TITLE, ...body, 'اقرأ أيضا', ...LEDES];
    const steps = keepArticleUnitsSteps(units, { firstIsTitle: true });
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(yields).toBeGreaterThanOrEqual(units.length / 64);
    expect(step.value).toEqual(keepArticleUnits(units, { firstIsTitle: true }));
    const dropped = units.filter((_, i) => !step.value[i]);
    expect(dropped).toEqual([related, 'اقرأ أيضا', ...LEDES]);
  });
});

describe('topic words', () => {
  it('reads a word with diacritics, tatweel or an invisible mark inside as one word, as normalising does', () => {
    const plain = topicWords('المزارعين المفوض في الواحة');
    expect(plain.map((forms) => forms[0])).toEqual(['المزارعين', 'المفوض', 'الواحه']);
    expect(topicWords('المزارعيـــن المُفَوَّض في الوا\u200cحة')).toEqual(plain);
  });

  it('reads letters outside the BMP as letters and other characters there as separators', () => {
    expect(topicWords('😀مزارع 𝐀𝐁 النخيل')).toEqual([['مزارع'], ['𝐀𝐁'], ['النخيل', 'نخيل']]);
  });
});

describe('the beginning of a longer text (openEnd: the finder\'s preview)', () => {
  const judge = (lines: string[], openEnd: boolean) => {
    const keep = keepArticleUnits(lines, { firstIsTitle: true, openEnd });
    return lines.filter((_, i) => keep[i]);
  };

  it('applies no rule about the text\'s end: its end is still to come', () => {
    // A run of ledes, the editor's name between dashes, headlines after the last paragraph: at the end of a whole text they
    // go. (A photo desk's or an agency's name alone, «رويترز», «وكالات», goes wherever it stands: article-furniture35, 39.)
    for (const tail of [LEDES, ['- ريم الحوسني -'], ['وفد اقتصادي عراقي يصل إلى عمّان لبحث مشاريع الطاقة والنقل', 'الأمطار الغزيرة تغلق طرقا رئيسية في شمال البلاد وتعطل الدراسة']]) {
      expect(judge([TITLE, P1, P2, P3, ...tail], false)).toEqual([TITLE, P1, P2, P3]);
      expect(judge([TITLE, P1, P2, P3, ...tail], true)).toEqual([TITLE, P1, P2, P3, ...tail]);
    }
  });

  it('judges the beginning\'s own lines as the whole text does (a byline, a related headline between paragraphs)', () => {
    const lines = [TITLE, 'سامر الخطيب', P1, 'الأمطار الغزيرة تغلق طرقا رئيسية في شمال البلاد وتعطل الدراسة', P2, P3];
    expect(judge(lines, true)).toEqual(judge([...lines, ...LEDES], false));
  });
});
