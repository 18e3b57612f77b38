// Text furniture 83 (issue 14): a photo's credited caption whose subject is a name opening with «ف» or «و» (read before
// as a conjunction, so the caption stayed), a lone bulleted headline between paragraphs, and a place with a date
// written in numbers under the title. The lines are the suite's own.
import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '@/lib/article/text';
import { isPlaceAndDateLine } from '@/lib/article/credit-lines';

const lines = (...l: string[]) => l.join('\n\n');
const paragraphs = (text: string) => text.split(/\n+/).map((l) => l.trim()).filter(Boolean);

describe('a caption whose subject is a name opening with «ف»', () => {
  const caption = 'فيلاسكو خلال جلسة المساءلة في مقر البرلمان في كيتو (رويترز)';
  const story = (line: string) =>
    lines(
      'برلمان الإكوادور يصوت على إقالة وزير الطاقة',
      'صوت البرلمان الإكوادوري مساء الثلاثاء على إقالة وزير الطاقة فرناندو فيلاسكو بعد أشهر من أزمة انقطاع الكهرباء في البلاد.',
      'ودافع الوزير فيلاسكو عن أدائه أمام النواب، مؤكدا أن الأزمة سببها الجفاف وليس سوء الإدارة.',
      line,
      'وقال رئيس البرلمان إن التصويت جرى وفق الدستور وإن الحكومة أمامها أسبوع لتعيين وزير جديد.',
      'وتعاني البلاد منذ أشهر من انقطاعات يومية للتيار الكهربائي تصل إلى عشر ساعات.',
    );
  it('loses the caption and keeps the paragraphs around it', () => {
    const { text } = articleFromPlainText(story(caption));
    expect(paragraphs(text)).not.toContain(caption);
    expect(text).toContain('ودافع الوزير فيلاسكو عن أدائه');
    expect(text).toContain('وقال رئيس البرلمان إن التصويت جرى');
  });
  it('keeps a line whose first word is a conjunction the article also writes bare («وصوت» beside «صوت»)', () => {
    const line = 'وصوت النواب على القرار في جلسة علنية بمقر البرلمان في كيتو (رويترز)';
    expect(paragraphs(articleFromPlainText(story(line)).text)).toContain(line);
  });
});

describe('a lone bulleted headline between paragraphs', () => {
  const bulleted = 'ـ محافظ البنك المركزي: النظام المصرفي مستقر';
  const story = lines(
    'اليونان.. الحكومة تتعهد بخفض الدين العام بعد تعيين وزير مالية جديد',
    'أثينا/ الأناضول',
    'تعهد وزير المالية اليوناني الجديد، الاثنين، بمواصلة خفض الدين العام وتحقيق فائض في الموازنة الأولية خلال العام المقبل.',
    'وقال الوزير في مؤتمر صحفي بالعاصمة أثينا إن الحكومة لن تفرض ضرائب جديدة على الطبقة الوسطى.',
    bulleted,
    'من جهته، أكد محافظ البنك المركزي أن المصارف اليونانية تتمتع بسيولة كافية لمواجهة أي تقلبات في الأسواق.',
    'وأشار إلى أن نسبة القروض المتعثرة تراجعت إلى أدنى مستوى منذ عشر سنوات.',
  );
  it('loses the bulleted headline and keeps the paragraph under it', () => {
    const { text } = articleFromPlainText(story);
    expect(paragraphs(text)).not.toContain(bulleted);
    expect(text).toContain('من جهته، أكد محافظ البنك المركزي');
  });
  it('keeps the items of a list under a line ending with a colon', () => {
    const items = ['- مذكرة تفاهم في مجال الطاقة المتجددة', '- اتفاقية لتجنب الازدواج الضريبي بين البلدين', '- برنامج تنفيذي للتعاون الثقافي'];
    const { text } = articleFromPlainText(
      lines(
        'توقيع ثلاث اتفاقيات بين اليونان والأردن في أثينا',
        'وقع وزيرا خارجية اليونان والأردن، الثلاثاء، ثلاث اتفاقيات للتعاون في ختام جلسة مباحثات موسعة في أثينا.',
        'وتضمنت الاتفاقيات الموقعة بين البلدين ما يلي:',
        ...items,
        'وقال الوزير اليوناني إن الاتفاقيات تفتح الباب أمام مرحلة جديدة من التعاون الاقتصادي بين البلدين.',
      ),
    );
    for (const item of items) expect(paragraphs(text)).toContain(item);
  });
  it('keeps a lone bulleted line that follows a colon, or asks a question', () => {
    const said = '- لن نتراجع عن الإصلاحات مهما كانت الضغوط';
    const asked = '- هل تتوقعون رفع أسعار الفائدة قريبا؟';
    const interview = (before: string, line: string) =>
      lines(
        'وزير المالية اليوناني يتحدث عن الإصلاحات',
        'تحدث وزير المالية اليوناني، الأربعاء، أمام البرلمان عن خطة الحكومة للإصلاحات الاقتصادية خلال العام المقبل.',
        before,
        line,
        'وأضاف الوزير أن الحكومة ستعرض مشروع الموازنة الجديدة على البرلمان خلال الشهر المقبل.',
      );
    expect(paragraphs(articleFromPlainText(interview('وقال الوزير في ختام كلمته:', said)).text)).toContain(said);
    expect(paragraphs(articleFromPlainText(interview('وسألناه عن سعر الفائدة في لقاء خاص مع الصحيفة.', asked)).text)).toContain(asked);
  });
});

describe('a place and a date in numbers under the title', () => {
  it('reads «القاهرة | 14-03-2023 | 11:20» as the story\'s place and date', () => {
    expect(isPlaceAndDateLine('القاهرة | 14-03-2023 | 11:20')).toBe(true);
    expect(isPlaceAndDateLine('الإسكندرية | 03/11/2021')).toBe(true);
  });
  it('does not read a heading with a year alone so', () => {
    expect(isPlaceAndDateLine('قمة بغداد | 2023')).toBe(false);
  });
  it('leaves the line out of the text', () => {
    const { text } = articleFromPlainText(
      lines(
        'وزير الخارجية يستقبل نظيره القبرصي في القاهرة',
        'القاهرة | 14-03-2023 | 11:20',
        'استقبل وزير الخارجية، الثلاثاء، نظيره القبرصي في مقر الوزارة، حيث بحث الجانبان سبل تعزيز التعاون في مجالات الطاقة والنقل.',
        'وقال الوزير في مؤتمر صحفي مشترك إن البلدين يتفقان على ضرورة التنسيق في شرق المتوسط.',
      ),
    );
    expect(text).not.toContain('14-03-2023');
    expect(text).toContain('استقبل وزير الخارجية');
  });
});
