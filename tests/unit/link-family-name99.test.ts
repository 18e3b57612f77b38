import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const mentionsOf = (text: string, name: string) =>
  (analyze(text).officials.find((o) => o.name_ar === name)?.mentions ?? []).map(([s, e]) => text.slice(s, e));
const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar;

// APS (Algiers): the interior minister receives his Tunisian counterpart (tests/heldout41/4224-aps-algiers-merad-feki-
// border). «مراد» is the minister's family name and the given name of the Tunisian security chief named last: «قال
// السيد مراد» is the minister, and so is «وأوضح الوزير» that continues him.
const HEAD =
  'الجزائر - استقبل وزير الداخلية والجماعات المحلية والتهيئة العمرانية، إبراهيم مراد، يوم الاثنين بالجزائر العاصمة، وزير الداخلية التونسي، كمال الفقي، الذي يقوم بزيارة عمل إلى الجزائر تدوم يومين، حسب ما أفاد به بيان للوزارة.\n\n';
const ATTENDANCE =
  'وحضر اللقاء، عن الجانب الجزائري، الأمين العام لوزارة الداخلية، عبد القادر بن سعيد، فيما حضره عن الجانب التونسي المدير العام للأمن الوطني، مراد سعيدان، وسفير تونس بالجزائر، رضا بن فرج.\n\n';
const SAID =
  'وفي تصريح للصحافة عقب اللقاء، قال السيد مراد إن "الجزائر وتونس تتقاسمان مصيرا مشتركا، والمناطق الحدودية يجب أن تتحول إلى فضاءات للتنمية والاستثمار والتكامل الاقتصادي، وليس مجرد مناطق عبور".\n\n' +
  'وأوضح الوزير أن اللجنة الثنائية لترقية وتنمية المناطق الحدودية ستعقد اجتماعها المقبل بولاية تبسة قبل نهاية السنة الجارية.';
const ALGIERS = HEAD + ATTENDANCE + SAID;

describe('a lone name word is the person whose family name it is', () => {
  it('links «السيد مراد» to the minister Ibrahim Mourad, not to Mourad Saidane named after him', () => {
    expect(mentionsOf(ALGIERS, 'إبراهيم مراد')).toContain('مراد');
    expect(mentionsOf(ALGIERS, 'مراد سعيدان')).toEqual(['مراد سعيدان']);
    expect(speakerOf(ALGIERS, 'تتقاسمان مصيرا مشتركا')).toBe('إبراهيم مراد');
    expect(speakerOf(ALGIERS, 'ستعقد اجتماعها المقبل')).toBe('إبراهيم مراد');
  });

  it('still links it to the given name\'s holder when no one bears it as a family name', () => {
    const alone = ATTENDANCE + SAID;
    expect(mentionsOf(alone, 'مراد سعيدان')).toEqual(['مراد سعيدان', 'مراد']);
  });
});
