// Furniture whose words the story itself uses (issue 14). The scorer normalises an excluded line to its letters and
// looks for them anywhere in the article, so «- خلا -» is "found" in «خلال» and «/ قنا /» in «(قنا)»: these tests
// pin that the furniture line goes and the story's own words stay, so nobody chases those counts by cutting text.
import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '@/lib/article/text';

const lines = (...l: string[]) => l.join('\n\n');
const paragraphs = (text: string) => text.split(/\n+/).map((l) => l.trim()).filter(Boolean);

describe('an agency story signed off under its last paragraph', () => {
  const story = lines(
    'رئيس الدولة يستقبل وزير خارجية البرتغال',
    'أبوظبي في 3 مارس / وام / استقبل رئيس الدولة اليوم وزير خارجية جمهورية البرتغال الذي يزور البلاد حاليا.',
    'وبحث الجانبان خلال اللقاء علاقات التعاون بين البلدين وسبل تطويرها في مجالات الاقتصاد والطاقة والتعليم.',
    'وأكد الوزير في تصريح لوكالة أنباء الإمارات (وام) أن بلاده تتطلع إلى شراكة أوسع خلال المرحلة المقبلة.',
    '- سمح -',
    'وام/سالم علي/منى حسن',
  );
  const { text } = articleFromPlainText(story);
  it('loses the editor initials between dashes and the photo credit', () => {
    expect(paragraphs(text)).not.toContain('- سمح -');
    expect(text).not.toContain('وام/سالم علي');
  });
  it('keeps «خلال» and the agency named in the body', () => {
    expect(text).toContain('وبحث الجانبان خلال اللقاء');
    expect(text).toContain('لوكالة أنباء الإمارات (وام) أن بلاده تتطلع إلى شراكة أوسع خلال المرحلة المقبلة.');
  });
});

describe('a Gulf agency story with a read-also line and its sign-off', () => {
  const story = lines(
    'أمير البلاد يتلقى اتصالا هاتفيا من رئيس غانا',
    'الدوحة في 5 يونيو /قنا/ تلقى أمير البلاد اليوم اتصالا هاتفيا من رئيس جمهورية غانا جرى خلاله استعراض علاقات التعاون.',
    'اقرأ أيضا: أمير البلاد يهنئ رئيس غانا بذكرى الاستقلال',
    'وقال وزير الدولة في تصريح لوكالة الأنباء القطرية (قنا) إن الاتصال يعكس عمق العلاقات بين البلدين الصديقين.',
    '/ قنا /',
  );
  const { text } = articleFromPlainText(story);
  it('loses the read-also headline and the closing agency mark', () => {
    expect(text).not.toContain('اقرأ أيضا');
    expect(text).not.toContain('يهنئ رئيس غانا');
    expect(paragraphs(text)).not.toContain('/ قنا /');
  });
  it('keeps the quote that names the agency', () => {
    expect(text).toContain('لوكالة الأنباء القطرية (قنا) إن الاتصال يعكس عمق العلاقات');
  });
});

describe('a news site story with its byline, share prompt and tags', () => {
  const story = lines(
    'وزير النقل يتفقد أعمال تطوير ميناء السخنة',
    'الأحد، 14 مايو 2023 03:20 م',
    'كتب أحمد سمير',
    'شارك',
    'تفقد وزير النقل اليوم أعمال تطوير ميناء السخنة، بمشاركة عدد من قيادات الهيئة العامة للموانئ.',
    'وقال الوزير إن 12 شركة شاركت في تنفيذ الأعمال، وإن المرحلة الأولى تنتهي قبل نهاية العام الجاري.',
    '#ميناء_السخنة',
    '#وزارة_النقل',
  );
  const { text } = articleFromPlainText(story);
  it('loses the date, the byline, the share prompt and the tags', () => {
    for (const furniture of ['03:20', 'كتب أحمد سمير', 'شارك', '#ميناء_السخنة', '#وزارة_النقل']) expect(paragraphs(text)).not.toContain(furniture);
    expect(text).not.toContain('#');
  });
  it('keeps «بمشاركة» and «شاركت» in the story', () => {
    expect(text).toContain('بمشاركة عدد من قيادات الهيئة');
    expect(text).toContain('وقال الوزير إن 12 شركة شاركت في تنفيذ الأعمال');
  });
});

describe('a rule line drawn across the text', () => {
  const dispatch = (place: string, visitor: string) => [
    `${place} في 9 أكتوبر /قنا/ اجتمع وزير الدولة للشؤون الخارجية اليوم مع ${visitor} الذي يزور البلاد حاليا.`,
    `وجرى خلال الاجتماع استعراض علاقات التعاون بين البلدين وسبل تعزيزها في مجالات الاقتصاد والاستثمار والتعليم.`,
    '/انتهى/ ع ع',
  ];
  it('goes when no story text is under it', () => {
    const { text } = articleFromPlainText(lines(
      'وزير الدولة يجتمع مع نائب وزير خارجية أوزبكستان',
      ...dispatch('الدوحة', 'نائب وزير خارجية أوزبكستان'),
      '**',
      'الأخبار المنشورة على صفحة الوكالة في مواقع التواصل هي ملخص لجزء من الأخبار التي تعرض عبر نظام تدفق الأخبار الخاص بالوكالة.',
    ));
    expect(paragraphs(text)).not.toContain('**');
    expect(text.trim().endsWith('والاستثمار والتعليم.')).toBe(true);
  });
  it('stays between two dispatches of a bulletin, where it parts their meetings', () => {
    const { text } = articleFromPlainText(lines(
      'وزير الدولة يجتمع مع نائب وزير خارجية أوزبكستان',
      ...dispatch('الدوحة', 'نائب وزير خارجية أوزبكستان'),
      '--------',
      ...dispatch('الدوحة', 'سفير جمهورية الإكوادور'),
    ));
    expect(paragraphs(text)).toContain('--------');
  });
});
