import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('Mauritanian names with «ولد»', () => {
  it('keep the father\'s name after «ولد» where it is written like a particle', () => {
    expect(names('وحضر اللقاء سفير موريتانيا بالرباط محمد الأمين ولد آبي، ومدير المغرب العربي بالوزارة.')).toContain('محمد الأمين ولد آبي');
    expect(names('وقال سفير موريتانيا في تونس سيدي ولد أبا، في تصريح، إن الزيارة ناجحة.')).toContain('سيدي ولد أبا');
  });

  it('keep a forebear\'s style «الشيخ» after «ولد» and his name, where the name ends', () => {
    expect(names('أما نائب رئيس الحزب محمد غلام ولد الحاج الشيخ فقال إن الحزب سيدعم المرشح.')).toContain('محمد غلام ولد الحاج الشيخ');
  });
});

describe('a family name that reads as a word, closing a whole name', () => {
  it('before «، و» and the next attendee\'s title, even where it reads as a verb', () => {
    expect(names('وحضر اللقاء وزير الإعلام عطاء الله تارر، وسفير باكستان لدى المملكة أحمد فاروق.')).toContain('عطاء الله تارر');
    expect(names('وحضر اللقاء رئيس الإدارة الإعلامية السفير أسامة بن أحمد نقلي، ومدير مكتب الوزير.')).toContain('أسامة بن أحمد نقلي');
  });

  it('before a full stop, as a bare noun with no article or ending', () => {
    expect(names('وحضر اللقاء مدير جهاز المخابرات العامة الفريق أول أحمد إبراهيم مفضل. ورافق الوزير السفير.')).toContain('أحمد إبراهيم مفضل');
  });

  it('leaves an object, a time word or a verb outside the name before a full stop', () => {
    expect(names('واستقبل الرئيس محمد أحمد وفدا.')).toContain('محمد أحمد');
    expect(names('والتقى وزير الخارجية سامح حسن نظيره.')).toContain('سامح حسن');
    expect(names('ووصل وزير الخارجية سامح حسن أمس.')).toContain('سامح حسن');
  });
});
