import { describe, expect, it } from 'vitest';
import { findNamedPeople } from '@/lib/officials';

const officials = (text: string) => findNamedPeople(text).officials.map((o) => o.name_ar);
const roleOf = (text: string, name: string) => findNamedPeople(text).officials.find((o) => o.name_ar === name)?.role_en;

describe('a candidate of a party, a movement, an alliance or the opposition is an official', () => {
  it('counts a party’s candidate and the opposition’s', () => {
    expect(officials('وتقدم على مرشح حزب الشعب الديمقراطي عتيق أبو بكر الذي نال ستة ملايين صوت.')).toContain('عتيق أبو بكر');
    expect(officials('وحصلت على 27% مرشحة المعارضة سوتشيل غالفيز.')).toContain('سوتشيل غالفيز');
    expect(officials('فيما حل مرشح حركة «النهضة» عبد الفتاح مورو ثالثاً.')).toContain('عبد الفتاح مورو');
  });

  it('leaves a bare candidate, who runs for nothing the text names, among the people', () => {
    expect(officials('وقال المرشح سمير داود إن الحملة بدأت.')).not.toContain('سمير داود');
  });
});

describe('a family nisba after a compound given name of «عبد» before a comma and an office', () => {
  it('reads the three words as the name', () => {
    expect(officials('وقال عبد اللطيف الجواهري، والي بنك المغرب، إن التضخم تراجع.')).toEqual(['عبد اللطيف الجواهري']);
  });

  it('takes no nationality for a family name', () => {
    expect(officials('وقال عبد الله التونسي، وزير الخارجية، إن الاجتماع مهم.')).not.toContain('عبد الله التونسي');
  });
});

describe('«المندوب السامي» is a High Commissioner', () => {
  it('reads the office and its holder before it', () => {
    const text = 'وقال أحمد الحليمي، المندوب السامي للتخطيط، إن الأسعار ارتفعت.';
    expect(officials(text)).toEqual(['أحمد الحليمي']);
    expect(roleOf(text, 'أحمد الحليمي')).toMatch(/^High Commissioner for Planning/);
  });
});

describe('a Gulf sheikh’s name of five words that closes on the ruling house', () => {
  it('reads the house name as the fifth word', () => {
    expect(officials('وكان سمو رئيس مجلس الوزراء الشيخ أحمد نواف الأحمد الجابر الصباح قد أكد أن الكويت لن تتوانى.'))
      .toEqual(['أحمد نواف الأحمد الجابر الصباح']);
  });
});

describe('«شيخ» inside a Somali name', () => {
  it('goes on through it, with «علي» after it the name Ali', () => {
    expect(officials('وضم الوفد مستشار الأمن القومي حسين شيخ علي، وسفير الصومال لدى مصر.')).toContain('حسين شيخ علي');
    expect(officials('وقال الرئيس الصومالي حسن شيخ محمود إن بلاده لن تقبل.')).toContain('حسن شيخ محمود');
  });

  it('stops before «شيخ» with a word after it that is no name', () => {
    expect(officials('وقال الوزير حسين شيخ القبيلة إن الوضع هادئ.')).not.toContain('حسين شيخ القبيلة');
  });
});

describe('a dual title, a comma, then each holder after his own nationality', () => {
  it('reads both holders with their nationalities', () => {
    const text = 'ومن المقرر أن يوقع وزيرا الخارجية، المقدوني نيكولا ديميتروف واليوناني نيكوس كوتزياس، الاتفاق الأحد.';
    expect(officials(text)).toEqual(['نيكولا ديميتروف', 'نيكوس كوتزياس']);
    expect(roleOf(text, 'نيكوس كوتزياس')).toMatch(/Greek/);
  });

  it('reads a dual head in the construct after «برئاسة» (chaired by, no presidency)', () => {
    const text = 'اتفقت اللجنتان برئاسة نائبي رئيسي الوزراء، الأذربيجاني شاهين مصطفاييف والأرميني مهير غريغوريان، على ترسيم الحدود.';
    expect(officials(text)).toEqual(['شاهين مصطفاييف', 'مهير غريغوريان']);
    expect(roleOf(text, 'مهير غريغوريان')).toBe('Deputy Armenian Prime Minister');
  });
});

describe('a nationality without the article after a lone indefinite head is its adjective', () => {
  it('reads no name in an unnamed source or a forum', () => {
    expect(officials('وقال مصدر دبلوماسي مصري مطلع إن القاهرة تتحرك.')).toEqual([]);
    expect(officials('وتعتزم الجمعية تنظيم منتدى برلماني مصري يوناني في أثينا.')).toEqual([]);
  });

  it('keeps a given name after a head with the article', () => {
    expect(findNamedPeople('وقال الأمير تركي الفيصل إن الوضع خطير.').officials.map((o) => o.name_ar)).toContain('تركي الفيصل');
  });
});

describe('«أركان حرب» after a military rank, as the Egyptian press writes the staff qualification', () => {
  it('is part of the rank, not of the name', () => {
    expect(officials('بحضور وزيرة الصحة، واللواء أركان حرب شريف فهمي بشارة محافظ الإسماعيلية.')).toContain('شريف فهمي بشارة');
  });
});

describe('initials closed by full stops, then a surname', () => {
  const text = 'وقال رئيس مفوضية الانتخابات آر. إم. إيه. إل. راتنايكي، في مؤتمر صحافي، إن النتائج نهائية.';

  it('reads the initials and the surname as the name after the office', () => {
    expect(officials(text)).toEqual(['آر إم إيه إل راتنايكي']);
  });

  it('writes the initials as Latin letters in English', () => {
    expect(findNamedPeople(text).officials[0]!.name_en).toMatch(/^R\.M\.A\.L\. /);
  });

  it('reads no name from one letter that ends a sentence', () => {
    expect(officials('وقال الرئيس ر. كابور يتحدث.')).not.toContain('ر كابور');
  });
});
