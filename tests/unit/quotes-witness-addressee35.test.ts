import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakers = (text: string) => analyze(text).quotes.map((q) => [q.speaker_ar, q.text] as const);

describe('a witness described after a detached pronoun («وهو طالب»)', () => {
  it('reads «طالب» after «وهو» as the noun (student), not the verb (demanded)', () => {
    const text = 'وروى سامي العبيدي، وهو طالب جامعي في الموصل، أن المظاهرات بدأت بعد ارتفاع أسعار الوقود. وأضاف: «خرجنا من أجل الخبز، والناس يطالبون بأكثر من ذلك».';
    const quotes = speakers(text);
    expect(quotes.length).toBe(2);
    for (const [speaker] of quotes) expect(speaker).toBe('سامي العبيدي');
  });
});

describe('the one spoken to after a name, an outlet no list holds («للديار»)', () => {
  it('ends the subject: the name before it speaks, after a body named in quotation marks', () => {
    const text = 'وقال رئيس "جمعية حماية الساحل الجنوبي" غسان بولس للديار ان "الشاطئ ملك للناس جميعا ولن نتخلى عنه".';
    expect(speakers(text)[0]![0]).toBe('غسان بولس');
  });

  it('keeps a foreign name that ends in «ان» one person when the speech goes on («واضاف»، «وتابع»)', () => {
    const text = 'ناشطون: لا للسد في الوادي\n\nوقال منسق "الحملة الوطنية لحماية الوادي" رولان نصور للديار ان "الوادي ليس ملكا لمتعهد ولا لوزارة"، واضاف ان "السد يقوم على فالق زلزالي ناشط". وتابع: "لن نخرج من هنا الا اذا اوقفوا المشروع".';
    const quotes = speakers(text).filter(([, q]) => q.startsWith('"'));
    expect(quotes.length).toBe(3);
    for (const [speaker] of quotes) expect(speaker).toBe('رولان نصور');
  });
});

describe('a place named after the speaker («في مدينة …»)', () => {
  it('is no part of the name: the person before it speaks, after the quotation', () => {
    const text = '"لم ننم منذ ثلاث ليال، والمياه تغمر البيوت"، يقول المزارع جواو سانتوس في مدينة ساو لويس، عاصمة الولاية.';
    expect(speakers(text)[0]![0]).toBe('جواو سانتوس');
  });
});

describe('an unnamed American source in English', () => {
  it('is called by the short name of the country, as English news writes it', () => {
    const en = (text: string) => analyze(text).quotes[0]!.speaker_en;
    expect(en('وقال مسؤولان أمريكيان كبيران إن "المحادثات لم تصل إلى طريق مسدود".')).toBe('Two senior US officials');
    expect(en('وقال مسؤول أميركي إن "المحادثات لم تصل إلى طريق مسدود".')).toBe('US official');
  });
});
